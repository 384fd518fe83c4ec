using System.Collections.Immutable;
using ErpCode.Templates.Errors;
using ErpCode.Templates.Folders;
using ErpCode.Templates.Installed;
using ErpCode.Templates.Items;
using ErpCode.Templates.Site;

namespace ErpCode.Templates.Planning;

/// <summary>Plans install, upgrade and uninstall from the site as it is now; reads only.</summary>
internal sealed class TemplatePlanner(InstalledTemplateStore installedStore, SiteItemReader siteReader)
{
    public async Task<OperationPlan> PlanInstallAsync(TemplateFolder folder, TemplateRepository? repository, CancellationToken cancellationToken)
    {
        var installed = await installedStore.ListAsync(cancellationToken);
        if (installed.FirstOrDefault(t => t.Name == folder.Name) is { } existing)
        {
            throw new TemplateVersionException(folder.Name, $"version {existing.Version} is already installed; upgrade it instead");
        }

        var order = DependencyResolver.Resolve(folder, repository, installed);
        return await PlanAsync(TemplateOperation.Install, order, installed, null, cancellationToken);
    }

    public async Task<OperationPlan> PlanUpgradeAsync(TemplateFolder folder, TemplateRepository? repository, CancellationToken cancellationToken)
    {
        var installed = await installedStore.ListAsync(cancellationToken);
        var record = installed.FirstOrDefault(t => t.Name == folder.Name) ?? throw new TemplateNotInstalledException(folder.Name);
        if (folder.Manifest.Version < record.Version)
        {
            throw new TemplateVersionException(folder.Name, $"version {record.Version} is installed; going back to {folder.Manifest.Version} is not an upgrade");
        }

        var broken = installed.Where(t => t.Dependencies.Any(d => d.Name == folder.Name && !d.Versions.Includes(folder.Manifest.Version))).Select(t => t.Name).ToImmutableArray();
        if (!broken.IsEmpty)
        {
            throw new TemplateInUseException(folder.Name, broken, $"cannot become version {folder.Manifest.Version}, outside the ranges of the templates that depend on it");
        }

        var order = DependencyResolver.Resolve(folder, repository, installed);
        return await PlanAsync(TemplateOperation.Upgrade, order, installed, record, cancellationToken);
    }

    public async Task<OperationPlan> PlanUninstallAsync(string name, CancellationToken cancellationToken)
    {
        var installed = await installedStore.ListAsync(cancellationToken);
        var record = installed.FirstOrDefault(t => t.Name == name) ?? throw new TemplateNotInstalledException(name);
        var dependents = installed.Where(t => t.Dependencies.Any(d => d.Name == name)).Select(t => t.Name).ToImmutableArray();
        if (!dependents.IsEmpty)
        {
            throw new TemplateInUseException(name, dependents, "cannot be uninstalled");
        }

        var site = await siteReader.ReadAsync(record.Items.Select(i => i.Key), cancellationToken);
        var changes = record.Items.OrderBy(i => i.Key).Select(i => ItemClassifier.Classify(name, i.Key, i.Checksum, site.Find(i.Key), null, null)).ToImmutableArray();
        var plan = new TemplatePlan(name, TemplateOperation.Uninstall, record.Version, null, changes, await ImpactsAsync(changes, cancellationToken));
        return new OperationPlan(TemplateOperation.Uninstall, [plan]);
    }

    private async Task<OperationPlan> PlanAsync(TemplateOperation operation, IReadOnlyList<TemplateFolder> order, IReadOnlyList<InstalledTemplate> installed, InstalledTemplate? record, CancellationToken cancellationToken)
    {
        var keys = order.SelectMany(f => f.Items.Select(i => i.Key)).Concat(record?.Items.Select(i => i.Key) ?? []);
        var site = await siteReader.ReadAsync(keys, cancellationToken);
        var owners = installed.SelectMany(t => t.Items.Select(i => (i.Key, t.Name))).GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.First().Name);
        var planned = new Dictionary<TemplateItemKey, string>();
        var plans = ImmutableArray.CreateBuilder<TemplatePlan>();
        foreach (var folder in order)
        {
            var isTarget = record is not null && folder.Name == record.Name;
            var baseline = isTarget ? record!.Items.ToDictionary(i => i.Key, i => i.Checksum) : [];
            var changes = new List<PlannedChange>();
            foreach (var item in folder.Items)
            {
                var owner = owners.GetValueOrDefault(item.Key) is { } o && o != folder.Name ? o : planned.GetValueOrDefault(item.Key);
                var change = ItemClassifier.Classify(folder.Name, item.Key, baseline.GetValueOrDefault(item.Key), site.Find(item.Key), item, owner);
                if (planned.TryGetValue(item.Key, out var first) && change.Kind is ChangeKind.Add or ChangeKind.Change)
                {
                    change = change with { Kind = ChangeKind.Conflict, Reason = $"also installed by template {first} in this operation" };
                }

                planned.TryAdd(item.Key, folder.Name);
                changes.Add(change);
            }

            var kept = folder.Items.Select(i => i.Key).ToHashSet();
            changes.AddRange(baseline.Keys.Where(k => !kept.Contains(k)).Order().Select(k => ItemClassifier.Classify(folder.Name, k, baseline[k], site.Find(k), null, null)));
            var immutable = changes.ToImmutableArray();
            plans.Add(new TemplatePlan(
                folder.Name,
                isTarget ? TemplateOperation.Upgrade : TemplateOperation.Install,
                isTarget ? record!.Version : null,
                folder.Manifest.Version,
                immutable,
                await ImpactsAsync(immutable, cancellationToken)));
        }

        return new OperationPlan(operation, plans.ToImmutable());
    }

    private async Task<ImmutableArray<DocumentImpact>> ImpactsAsync(ImmutableArray<PlannedChange> changes, CancellationToken cancellationToken)
    {
        var impacts = ImmutableArray.CreateBuilder<DocumentImpact>();
        foreach (var change in changes.Where(c => c.Key.Kind == TemplateItemKind.PortalType && c.Item is null && c.Kind is ChangeKind.Remove or ChangeKind.Conflict))
        {
            var count = await siteReader.CountDocumentsAsync(change.Key.Name, cancellationToken);
            impacts.Add(new DocumentImpact(
                change.Key.Name,
                count,
                count == 0
                    ? "none to keep"
                    : $"documents are never deleted with their type: they stay in the store, out of reach until a portal type named {change.Key.Name} exists again"));
        }

        return impacts.ToImmutable();
    }
}
