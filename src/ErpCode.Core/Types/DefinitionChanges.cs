using System.Collections.Immutable;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Storage;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Core.Types;

/// <summary>
/// Definitions saved and deleted together (a business template's install or upgrade): checked as one change against
/// the whole site as it would be after all of them, and written in one transaction by
/// <see cref="DefinitionService.ApplyAsync(DefinitionChanges, Security.Caller, CancellationToken)"/>.
/// </summary>
public sealed record DefinitionChanges
{
    public static DefinitionChanges None { get; } = new();

    public ImmutableArray<PortalType> PortalTypes { get; init; } = [];

    public ImmutableArray<PropertySheet> PropertySheets { get; init; } = [];

    public ImmutableArray<BaseCategory> Categories { get; init; } = [];

    public ImmutableArray<Workflow> Workflows { get; init; } = [];

    public ImmutableArray<RoleDefinition> Roles { get; init; } = [];

    /// <summary>The definitions to delete; each must exist.</summary>
    public ImmutableArray<DefinitionKey> Deletions { get; init; } = [];

    public bool IsEmpty => Saved().Count == 0 && Deletions.IsDefaultOrEmpty;

    /// <summary>The definitions saved, with their keys, in a stable order (by kind, then as given).</summary>
    public IReadOnlyList<(DefinitionKey Key, object Definition)> Saved() =>
    [
        .. PortalTypes.Select(t => (new DefinitionKey(DefinitionKind.PortalType, t.Name), (object)t)),
        .. PropertySheets.Select(s => (new DefinitionKey(DefinitionKind.PropertySheet, s.Name), (object)s)),
        .. Categories.Select(c => (new DefinitionKey(DefinitionKind.BaseCategory, c.Name), (object)c)),
        .. Workflows.Select(w => (new DefinitionKey(DefinitionKind.Workflow, w.Name), (object)w)),
        .. Roles.Select(r => (new DefinitionKey(DefinitionKind.Role, r.Name), (object)r)),
    ];

    /// <summary>Every definition this change touches, saved or deleted.</summary>
    public IReadOnlyList<DefinitionKey> Keys() => [.. Saved().Select(s => s.Key), .. Deletions];

    /// <summary>The site as it is after these changes: deletions first, then saves replacing definitions of the same name.</summary>
    public SiteDefinitions ApplyTo(SiteDefinitions site)
    {
        ArgumentNullException.ThrowIfNull(site);
        foreach (var key in Deletions)
        {
            site = key.Kind switch
            {
                DefinitionKind.PortalType => site with { PortalTypes = [.. site.PortalTypes.Where(t => t.Name != key.Name)] },
                DefinitionKind.PropertySheet => site with { PropertySheets = [.. site.PropertySheets.Where(s => s.Name != key.Name)] },
                DefinitionKind.Workflow => site with { Workflows = [.. site.Workflows.Where(w => w.Name != key.Name)] },
                DefinitionKind.Role => site with { Roles = [.. site.Roles.Where(r => r.Name != key.Name)] },
                _ => site with { Categories = [.. site.Categories.Where(c => c.Name != key.Name)] },
            };
        }

        site = PortalTypes.Aggregate(site, (s, t) => s.With(t));
        site = PropertySheets.Aggregate(site, (s, p) => s.With(p));
        site = Categories.Aggregate(site, (s, c) => s.With(c));
        site = Workflows.Aggregate(site, (s, w) => s.With(w));
        return Roles.Aggregate(site, (s, r) => s.With(r));
    }
}
