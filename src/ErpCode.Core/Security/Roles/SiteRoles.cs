using System.Collections.Immutable;

namespace ErpCode.Core.Security.Roles;

/// <summary>
/// The roles every site has. <see cref="Owner"/> and <see cref="Assignee"/> are usually held locally, on one document;
/// <see cref="Developer"/> is granted by configuration only (<c>Security:Developers</c>), never through the API.
/// </summary>
public static class SiteRoles
{
    public const string Manager = "Manager";
    public const string Author = "Author";
    public const string Assignee = "Assignee";
    public const string Auditor = "Auditor";
    public const string Developer = "Developer";

    /// <summary>The local role of a document's creator.</summary>
    public const string Owner = "Owner";

    public static ImmutableArray<string> BuiltIn { get; } = [Manager, Author, Assignee, Auditor, Developer, Owner];

    /// <summary>Roles no user may be given through the API or as a local role: they come from the site itself.</summary>
    public static bool IsReserved(string role) => role is Developer or Owner;
}
