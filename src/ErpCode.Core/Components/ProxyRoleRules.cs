using System.Collections.Immutable;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Roles;

namespace ErpCode.Core.Components;

/// <summary>
/// The rules of proxy roles: who may set them, which components may carry them and which roles they may name.
/// Code with proxy roles acts with more than its caller's roles, so only a Developer decides what it is and what it gets.
/// </summary>
public static class ProxyRoleRules
{
    /// <summary>True for a Developer (and for ErpCode itself, installing templates): the callers who may set proxy roles or edit proxied code.</summary>
    public static bool MayManage(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Unrestricted || caller.IsInRole(SiteRoles.Developer);
    }

    /// <summary>True for the kinds that run for a caller and may carry proxy roles: Script and Document.</summary>
    public static bool Allowed(ComponentKind kind) => kind is ComponentKind.Script or ComponentKind.Document;

    /// <summary>Returns why <paramref name="role"/> cannot be a proxy role, or <c>null</c> when it can.</summary>
    public static string? Check(string? role)
    {
        // The same rule as roles written in definitions (states, types, guards).
        if (Types.Checking.Identifiers.CheckTypeName(role) is { } problem)
        {
            return $"'{role}' is not a role name: {problem}";
        }

        return SiteRoles.IsReserved(role!)
            ? $"{role} cannot be a proxy role: it comes from the site itself (configuration or document ownership), never from code"
            : null;
    }

    /// <summary>The distinct roles of <paramref name="roles"/>, in the order given.</summary>
    internal static ImmutableArray<string> Normalize(IEnumerable<string> roles) => [.. roles.Distinct(StringComparer.Ordinal)];
}
