using System.Collections.Immutable;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Checking;

namespace ErpCode.Core.Security.Roles;

/// <summary>Checks the roles a site stores: names, permission names, and that Manager keeps every permission.</summary>
public static class RoleChecker
{
    public static void Check(SiteDefinitions site, ImmutableArray<DefinitionProblem>.Builder problems)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var group in site.Roles.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new DefinitionProblem($"Role {group.Key}", "name", "two roles have this name (names are compared ignoring case)"));
        }

        foreach (var role in site.Roles)
        {
            var definition = $"Role {role.Name}";
            void Add(string field, string message) => problems.Add(new DefinitionProblem(definition, field, message));
            if (Identifiers.CheckTypeName(role.Name) is { } problem)
            {
                Add("name", problem);
            }

            GrantChecker.CheckPermissions(role.Permissions, "permissions", Add);
            if (role.Name == SiteRoles.Manager && SitePermissions.All.Except(role.Permissions).Any())
            {
                Add("permissions", $"Manager always holds every permission; it cannot lose {string.Join(", ", SitePermissions.All.Except(role.Permissions))}");
            }
        }
    }
}
