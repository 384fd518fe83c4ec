using ErpCode.Core.Security;
using ErpCode.Core.Security.Roles;

namespace ErpCode.Scripting.Tests;

/// <summary>The users the tests act as: Managers (who hold ManageCode), a Developer, an Author and a user with no role.</summary>
internal static class TestCallers
{
    public static readonly Caller Ann = new("ann", [SiteRoles.Manager]);

    public static readonly Caller Bob = new("bob", [SiteRoles.Manager]);

    public static readonly Caller Mallory = new("mallory", [SiteRoles.Manager]);

    public static readonly Caller Dana = new("dana", [SiteRoles.Developer]);

    public static readonly Caller Carl = new("carl", [SiteRoles.Author]) { Groups = ["sales"] };

    public static readonly Caller Nobody = new("nobody", []);
}
