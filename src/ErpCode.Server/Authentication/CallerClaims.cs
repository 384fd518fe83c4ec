using System.Security.Claims;
using ErpCode.Core.Security;

namespace ErpCode.Server.Authentication;

/// <summary>
/// The one mapping between an authenticated request and the <see cref="Caller"/> services take: the user name, the
/// roles (Developer included when configured) and the groups. No principal is ever unrestricted.
/// </summary>
internal static class CallerClaims
{
    public const string GroupClaimType = "erpcode:group";

    public static ClaimsPrincipal ToPrincipal(Caller caller, string scheme)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var identity = new ClaimsIdentity(scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, caller.Name));
        identity.AddClaims(caller.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        identity.AddClaims(caller.Groups.Select(group => new Claim(GroupClaimType, group)));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The caller of an authenticated principal, or <c>null</c> for an anonymous one.</summary>
    public static Caller? ToCaller(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not { IsAuthenticated: true } || principal.FindFirst(ClaimTypes.Name)?.Value is not { Length: > 0 } name)
        {
            return null;
        }

        return new Caller(name, [.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal)])
        {
            Groups = [.. principal.FindAll(GroupClaimType).Select(c => c.Value).Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>The caller of the request, or <c>null</c> when it is not authenticated.</summary>
    public static Caller? GetCaller(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.ToCaller();
    }

    /// <summary>The client's address as the audit log records it.</summary>
    public static string? ClientAddress(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString();
    }
}
