using System.Collections.Immutable;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Storage;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Templates.Items;

/// <summary>Every kind of item, with its folder: the one list readers, writers and the site reader go through.</summary>
internal static class ItemFormats
{
    public static DefinitionItemFormat<PortalType> PortalTypes { get; } = new(TemplateItemKind.PortalType, "portal_types", DefinitionKind.PortalType, t => t.Name);

    public static DefinitionItemFormat<PropertySheet> PropertySheets { get; } = new(TemplateItemKind.PropertySheet, "property_sheets", DefinitionKind.PropertySheet, s => s.Name);

    public static DefinitionItemFormat<BaseCategory> Categories { get; } = new(TemplateItemKind.Category, "categories", DefinitionKind.BaseCategory, c => c.Name);

    public static DefinitionItemFormat<Workflow> Workflows { get; } = new(TemplateItemKind.Workflow, "workflows", DefinitionKind.Workflow, w => w.Name);

    public static DefinitionItemFormat<RoleDefinition> Roles { get; } = new(TemplateItemKind.Role, "roles", DefinitionKind.Role, r => r.Name);

    public static ComponentItemFormat Components { get; } = new();

    public static DataItemFormat Data { get; } = new();

    public static ImmutableArray<ItemFormat> All { get; } = [Roles, Categories, PropertySheets, Workflows, PortalTypes, Components, Data];

    public static ItemFormat For(TemplateItemKind kind) => All.First(f => f.Kind == kind);

    /// <summary>The definition kind of an item kind, or null for components and data.</summary>
    public static DefinitionKind? DefinitionKindOf(TemplateItemKind kind) => kind switch
    {
        TemplateItemKind.PortalType => DefinitionKind.PortalType,
        TemplateItemKind.PropertySheet => DefinitionKind.PropertySheet,
        TemplateItemKind.Category => DefinitionKind.BaseCategory,
        TemplateItemKind.Workflow => DefinitionKind.Workflow,
        TemplateItemKind.Role => DefinitionKind.Role,
        _ => null,
    };
}
