using System.Security.Claims;
using ErpCode.Core.Security;

namespace ErpCode.Portal.Session;

/// <summary>The host's mapping from a signed-in principal to a <see cref="Caller"/>, so the portal and the API agree on who calls.</summary>
public sealed class PortalCallerSource(Func<ClaimsPrincipal, Caller?> callerOf)
{
    public Caller? CallerOf(ClaimsPrincipal principal) => callerOf(principal);
}
