using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Sites;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Storage;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.OData.SystemSets;

/// <summary>The four definition sets, each with its kind, its list in the snapshot and its save.</summary>
internal static class DefinitionSets
{
    public static IEnumerable<SystemSet> Create(ISiteRuntime runtime, DefinitionService definitions, SecurityPolicy policy)
    {
        yield return new DefinitionSet<PortalType>("PortalTypes", "PortalType", DefinitionKind.PortalType, l => l.Types.Definitions.PortalTypes, d => d.Name, d => d.Title, (s, d, c) => s.SaveAsync(d, c.Caller, c.Aborted), runtime, definitions, policy);
        yield return new DefinitionSet<PropertySheet>("PropertySheets", "PropertySheet", DefinitionKind.PropertySheet, l => l.Types.Definitions.PropertySheets, d => d.Name, d => d.Title, (s, d, c) => s.SaveAsync(d, c.Caller, c.Aborted), runtime, definitions, policy);
        yield return new DefinitionSet<Workflow>("Workflows", "Workflow", DefinitionKind.Workflow, l => l.Types.Definitions.Workflows, d => d.Name, d => d.Title, (s, d, c) => s.SaveAsync(d, c.Caller, c.Aborted), runtime, definitions, policy);
        yield return new DefinitionSet<RoleDefinition>("Roles", "Role", DefinitionKind.Role, l => RoleDefinition.Defaults.Where(r => !l.Types.Definitions.Roles.Any(s => s.Name == r.Name)).Concat(l.Types.Definitions.Roles), d => d.Name, d => d.Title, (s, d, c) => s.SaveAsync(d, c.Caller, c.Aborted), runtime, definitions, policy);
    }
}
