using System.Collections.Immutable;
using ErpCode.Core.Security;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Storage;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Portal.Consultant.Definitions;

/// <summary>The kinds of definition the consultant pages edit, and the one switch from a kind to its models and its save.</summary>
public static class DefinitionKinds
{
    public static ImmutableArray<DefinitionKindInfo> All { get; } =
    [
        new(DefinitionKind.PortalType, "portal-types", "Portal types", "portal type", DefinitionService.PermissionFor(DefinitionKind.PortalType)),
        new(DefinitionKind.PropertySheet, "property-sheets", "Property sheets", "property sheet", DefinitionService.PermissionFor(DefinitionKind.PropertySheet)),
        new(DefinitionKind.BaseCategory, "categories", "Categories", "category", DefinitionService.PermissionFor(DefinitionKind.BaseCategory)),
        new(DefinitionKind.Workflow, "workflows", "Workflows", "workflow", DefinitionService.PermissionFor(DefinitionKind.Workflow)),
    ];

    public static DefinitionKindInfo Get(DefinitionKind kind) => All.First(k => k.Kind == kind);

    public static DefinitionKindInfo? FromSegment(string? segment) => All.FirstOrDefault(k => k.Segment == segment);

    /// <summary>The definitions of <paramref name="kind"/> in the running site, by name, with their titles.</summary>
    public static IReadOnlyList<(string Name, string? Title, string? Description)> List(SiteDefinitions site, DefinitionKind kind) => kind switch
    {
        DefinitionKind.PortalType => [.. site.PortalTypes.Select(t => (t.Name, t.Title, t.Description)).OrderBy(t => t.Name, StringComparer.Ordinal)],
        DefinitionKind.PropertySheet => [.. site.PropertySheets.Select(s => (s.Name, s.Title, s.Description)).OrderBy(t => t.Name, StringComparer.Ordinal)],
        DefinitionKind.BaseCategory => [.. site.Categories.Select(c => (c.Name, c.Title, c.Description)).OrderBy(t => t.Name, StringComparer.Ordinal)],
        DefinitionKind.Workflow => [.. site.Workflows.Select(w => (w.Name, w.Title, w.Description)).OrderBy(t => t.Name, StringComparer.Ordinal)],
        _ => [],
    };

    /// <summary>The running definition of <paramref name="kind"/> named <paramref name="name"/>, or null.</summary>
    public static object? Find(SiteDefinitions site, DefinitionKind kind, string name) => kind switch
    {
        DefinitionKind.PortalType => site.PortalTypes.FirstOrDefault(t => t.Name == name),
        DefinitionKind.PropertySheet => site.PropertySheets.FirstOrDefault(s => s.Name == name),
        DefinitionKind.BaseCategory => site.Categories.FirstOrDefault(c => c.Name == name),
        DefinitionKind.Workflow => site.Workflows.FirstOrDefault(w => w.Name == name),
        _ => null,
    };

    /// <summary>An empty definition named <paramref name="name"/>, the start of a new one.</summary>
    public static object Empty(DefinitionKind kind, string name) => kind switch
    {
        DefinitionKind.PortalType => new PortalType { Name = name, Title = name },
        DefinitionKind.PropertySheet => new PropertySheet { Name = name, Title = name },
        DefinitionKind.BaseCategory => new BaseCategory { Name = name, Title = name },
        DefinitionKind.Workflow => new Workflow { Name = name, Title = name },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not edited in the portal"),
    };

    public static string NameOf(object definition) => definition switch
    {
        PortalType t => t.Name,
        PropertySheet s => s.Name,
        BaseCategory c => c.Name,
        Workflow w => w.Name,
        _ => throw new ArgumentException($"{definition.GetType().Name} is not edited in the portal.", nameof(definition)),
    };

    /// <summary>Saves through the definition service, which checks the caller's permission and the whole site.</summary>
    public static async Task SaveAsync(DefinitionService service, object definition, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        switch (definition)
        {
            case PortalType type:
                await service.SaveAsync(type, caller, cancellationToken);
                break;
            case PropertySheet sheet:
                await service.SaveAsync(sheet, caller, cancellationToken);
                break;
            case BaseCategory category:
                await service.SaveAsync(category, caller, cancellationToken);
                break;
            case Workflow workflow:
                await service.SaveAsync(workflow, caller, cancellationToken);
                break;
            default:
                throw new ArgumentException($"{definition.GetType().Name} is not edited in the portal.", nameof(definition));
        }
    }
}
