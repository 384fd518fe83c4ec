using System.Collections.Immutable;
using ErpCode.Core.Types.Checking;

namespace ErpCode.Core.Security.Permissions;

/// <summary>The one check of permission and role names wherever definitions write them (states, portal types, guards, roles).</summary>
public static class GrantChecker
{
    public static void CheckPermissions(IEnumerable<string> names, string field, Action<string, string> add)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(add);
        foreach (var name in names)
        {
            if (Identifiers.CheckTypeName(name) is { } problem)
            {
                add(field, $"{problem} (permissions are names such as View, Modify, Delete)");
            }
        }
    }

    public static void CheckRoles(IEnumerable<string> roles, string field, Action<string, string> add)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(add);
        foreach (var role in roles)
        {
            if (Identifiers.CheckTypeName(role) is { } problem)
            {
                add(field, $"{problem} (roles are names such as Author, Assignee, Manager)");
            }
        }
    }

    /// <summary>Checks a list of grants written at <paramref name="field"/>: names, and one grant per permission.</summary>
    public static void CheckGrants(ImmutableArray<PermissionGrant> grants, string field, Action<string, string> add)
    {
        ArgumentNullException.ThrowIfNull(add);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < grants.Length; i++)
        {
            var grant = grants[i];
            CheckPermissions([grant.Permission], $"{field}[{i}].permission", add);
            CheckRoles(grant.Roles, $"{field}[{i}].roles", add);
            if (grant.Permission is { } permission && !seen.Add(permission))
            {
                add($"{field}[{i}].permission", $"{permission} is granted twice here; list its roles once");
            }
        }
    }
}
