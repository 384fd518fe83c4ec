using System.Collections.Frozen;
using System.Collections.Immutable;
using ErpCode.Core.Security.Permissions;

namespace ErpCode.Core.Security.Roles;

/// <summary>
/// The site-wide grants of every role at one site revision: the built-in defaults, replaced role by role by the roles
/// the site stores. <see cref="SiteRoles.Manager"/> holds every permission, whatever is stored.
/// </summary>
public sealed class RoleGrants
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _permissionsByRole;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _holdersByPermission;

    private RoleGrants(IEnumerable<RoleDefinition> roles)
    {
        var merged = RoleDefinition.Defaults.ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var role in roles)
        {
            merged[role.Name] = role;
        }

        Definitions = [.. merged.Values.OrderBy(r => r.Name, StringComparer.Ordinal)];
        _permissionsByRole = merged.Values.ToFrozenDictionary(
            r => r.Name,
            r => (r.Name == SiteRoles.Manager ? SitePermissions.All.Union(r.Permissions) : r.Permissions).ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        _holdersByPermission = _permissionsByRole
            .SelectMany(pair => pair.Value.Select(permission => (permission, role: pair.Key)))
            .GroupBy(x => x.permission, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.role).Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
    }

    public static RoleGrants Defaults { get; } = new([]);

    /// <summary>Every role of the site, built-in ones included, with its grants.</summary>
    public ImmutableArray<RoleDefinition> Definitions { get; }

    public static RoleGrants From(IEnumerable<RoleDefinition> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new RoleGrants(stored);
    }

    public bool IsDefined(string role) => _permissionsByRole.ContainsKey(role);

    /// <summary>The roles holding <paramref name="permission"/> site-wide (Manager always among them).</summary>
    public ImmutableArray<string> Holders(string permission) =>
        _holdersByPermission.TryGetValue(permission, out var holders) ? holders : [SiteRoles.Manager];

    /// <summary>True when one of <paramref name="roles"/> holds <paramref name="permission"/> site-wide.</summary>
    public bool Holds(IEnumerable<string> roles, string permission)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Any(role => role == SiteRoles.Manager || (_permissionsByRole.TryGetValue(role, out var granted) && granted.Contains(permission)));
    }
}
