using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Errors;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Storage;
using ErpCode.Templates.Diffing;
using ErpCode.Templates.Errors;
using ErpCode.Templates.Export;
using ErpCode.Templates.Folders;
using ErpCode.Templates.Installed;
using ErpCode.Templates.Items;
using ErpCode.Templates.Planning;
using ErpCode.Templates.Site;

namespace ErpCode.Templates.Operations;

/// <summary>
/// Installs, upgrades, uninstalls, diffs and exports business templates. Each change is planned first (adds,
/// changes, removals, conflicts; nothing touched), then applied in one transaction: a failure leaves the site as it
/// was. An item the site changed since install is a conflict the caller resolves per item (KeepLocal, TakeTemplate
/// or Stop, the default); it is never overwritten silently. Every call needs ManageTemplates, and applying also needs
/// the permissions of what the templates carry (ManageTypes, ManageWorkflows, ManageUsers for roles, ManageCode);
/// changes are audited as TemplateChanged.
/// </summary>
public sealed class TemplateService
{
    private static readonly IReadOnlyDictionary<TemplateItemKey, ConflictResolution> NoResolutions = ImmutableDictionary<TemplateItemKey, ConflictResolution>.Empty;

    private readonly SecurityPolicy _policy;
    private readonly TimeProvider _time;
    private readonly InstalledTemplateStore _installed;
    private readonly SiteItemReader _site;
    private readonly TemplatePlanner _planner;

    public TemplateService(IDocumentStore store, DefinitionStore definitionStore, DefinitionService definitions, ComponentService components, SecurityPolicy policy, TimeProvider time, ISiteRuntime? runtime = null)
    {
        _policy = policy;
        _time = time;
        _installed = new InstalledTemplateStore(store);
        _site = new SiteItemReader(store, definitionStore, components);
        _planner = new TemplatePlanner(_installed, _site);
        Applier = new TemplateApplier(store, definitionStore, definitions, components, time, runtime);
    }

    internal TemplateApplier Applier { get; }

    /// <summary>Creates the <c>business_templates</c> collection; safe on every start.</summary>
    public Task EnsureCollectionsAsync(CancellationToken cancellationToken = default) => _installed.EnsureCollectionAsync(cancellationToken);

    /// <summary>The installed templates, by name.</summary>
    public async Task<IReadOnlyList<InstalledTemplate>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        await DemandAsync(caller, "Templates", cancellationToken);
        return await _installed.ListAsync(cancellationToken);
    }

    /// <summary>Plans installing <paramref name="folder"/> and the dependencies it lacks (read from <paramref name="repository"/>), dependencies first.</summary>
    public async Task<OperationPlan> PlanInstallAsync(TemplateFolder folder, TemplateRepository? repository, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        await DemandAsync(caller, folder.Name, cancellationToken);
        return await _planner.PlanInstallAsync(folder, repository, cancellationToken);
    }

    /// <summary>
    /// Installs <paramref name="folder"/> with its missing dependencies in one transaction. Throws
    /// <see cref="TemplateDependencyException"/>, <see cref="TemplateConflictException"/> for an unresolved conflict,
    /// or the definition and component check's exceptions; nothing is applied then.
    /// </summary>
    public async Task<OperationPlan> InstallAsync(TemplateFolder folder, TemplateRepository? repository, IReadOnlyDictionary<TemplateItemKey, ConflictResolution>? resolutions, Caller caller, CancellationToken cancellationToken = default)
    {
        var plan = Resolve(await PlanInstallAsync(folder, repository, caller, cancellationToken), resolutions);
        var folders = Folders(folder, repository, plan);
        return await ApplyAsync(plan, [.. folders.Select(f => Record(f, caller))], [], caller, cancellationToken);
    }

    /// <summary>Plans upgrading the installed template to <paramref name="folder"/>'s version (and installing new dependencies first).</summary>
    public async Task<OperationPlan> PlanUpgradeAsync(TemplateFolder folder, TemplateRepository? repository, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        await DemandAsync(caller, folder.Name, cancellationToken);
        return await _planner.PlanUpgradeAsync(folder, repository, cancellationToken);
    }

    /// <summary>Upgrades to <paramref name="folder"/>; items changed on the site need a resolution in <paramref name="resolutions"/>.</summary>
    public async Task<OperationPlan> UpgradeAsync(TemplateFolder folder, TemplateRepository? repository, IReadOnlyDictionary<TemplateItemKey, ConflictResolution>? resolutions, Caller caller, CancellationToken cancellationToken = default)
    {
        var plan = Resolve(await PlanUpgradeAsync(folder, repository, caller, cancellationToken), resolutions);
        var folders = Folders(folder, repository, plan);
        return await ApplyAsync(plan, [.. folders.Select(f => Record(f, caller))], [], caller, cancellationToken);
    }

    /// <summary>Plans uninstalling <paramref name="name"/>: its items removed, the documents of its types kept (the plan says how many).</summary>
    public async Task<OperationPlan> PlanUninstallAsync(string name, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await DemandAsync(caller, name, cancellationToken);
        return await _planner.PlanUninstallAsync(name, cancellationToken);
    }

    /// <summary>Uninstalls <paramref name="name"/>; refused with <see cref="TemplateInUseException"/> while an installed template depends on it.</summary>
    public async Task<OperationPlan> UninstallAsync(string name, IReadOnlyDictionary<TemplateItemKey, ConflictResolution>? resolutions, Caller caller, CancellationToken cancellationToken = default)
    {
        var plan = Resolve(await PlanUninstallAsync(name, caller, cancellationToken), resolutions);
        return await ApplyAsync(plan, [], [name], caller, cancellationToken);
    }

    /// <summary>
    /// How the site differs from <paramref name="folder"/>, item by item, as unified diffs from the site's file to the
    /// folder's: items only in the folder, items that differ, and items the installed template has that the folder lacks.
    /// </summary>
    public async Task<ImmutableArray<ItemDiff>> DiffAsync(TemplateFolder folder, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        await DemandAsync(caller, folder.Name, cancellationToken);
        var record = (await _installed.ListAsync(cancellationToken)).FirstOrDefault(t => t.Name == folder.Name);
        var keys = folder.Items.Select(i => i.Key).Concat(record?.Items.Select(i => i.Key) ?? []).Distinct().Order().ToList();
        var site = await _site.ReadAsync(keys, cancellationToken);
        var diffs = ImmutableArray.CreateBuilder<ItemDiff>();
        foreach (var key in keys)
        {
            var mine = site.Find(key);
            var theirs = folder.Items.FirstOrDefault(i => i.Key == key);
            if (mine?.Checksum == theirs?.Checksum || (theirs is null && mine is null))
            {
                continue;
            }

            var paths = (mine?.Files.Keys ?? []).Concat(theirs?.Files.Keys ?? []).Distinct().Order(StringComparer.Ordinal);
            var text = string.Concat(paths
                .Where(p => mine?.Files.GetValueOrDefault(p) != theirs?.Files.GetValueOrDefault(p))
                .Select(p => UnifiedDiff.Of($"site/{p}", mine?.Files.GetValueOrDefault(p), $"{folder.Name}/{p}", theirs?.Files.GetValueOrDefault(p))));
            diffs.Add(new ItemDiff(key, mine is null ? ChangeKind.Add : theirs is null ? ChangeKind.Remove : ChangeKind.Change, text));
        }

        return diffs.ToImmutable();
    }

    /// <summary>
    /// Writes the installed template <paramref name="name"/> as the site has it now into <c>&lt;root&gt;/&lt;name&gt;/</c>:
    /// its manifest as installed and its items' files. Right after install, the files are byte-identical to the installed folder.
    /// </summary>
    public async Task<TemplateExport> ExportAsync(string name, string root, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(root);
        await DemandAsync(caller, name, cancellationToken);
        var record = (await _installed.ListAsync(cancellationToken)).FirstOrDefault(t => t.Name == name) ?? throw new TemplateNotInstalledException(name);
        var site = await _site.ReadAsync(record.Items.Select(i => i.Key), cancellationToken);
        var present = record.Items.Select(i => site.Find(i.Key)).OfType<TemplateItem>().ToList();
        var folder = Path.Combine(Path.GetFullPath(root), name);
        var files = TemplateFolderWriter.Write(folder, record.ManifestText, present);
        return new TemplateExport(folder, [.. files], [.. record.Items.Select(i => i.Key).Where(k => site.Find(k) is null)]);
    }

    private static OperationPlan Resolve(OperationPlan plan, IReadOnlyDictionary<TemplateItemKey, ConflictResolution>? resolutions)
    {
        resolutions ??= NoResolutions;
        var unresolved = plan.Conflicts.Where(c => resolutions.GetValueOrDefault(c.Key) == ConflictResolution.Stop).ToImmutableArray();
        if (!unresolved.IsEmpty)
        {
            throw new TemplateConflictException(unresolved);
        }

        return plan with
        {
            Templates = [.. plan.Templates.Select(t => t with
            {
                Changes = [.. t.Changes.Select(c => c.Kind == ChangeKind.Conflict ? ItemClassifier.Resolve(c, resolutions[c.Key])! : c)],
            })],
        };
    }

    private static IReadOnlyList<TemplateFolder> Folders(TemplateFolder root, TemplateRepository? repository, OperationPlan plan) =>
        [.. plan.Templates.Select(t => t.Name == root.Name ? root : repository!.Read(t.Name))];

    private InstalledTemplate Record(TemplateFolder folder, Caller caller) => new(
        folder.Name,
        folder.Manifest.Version,
        _time.GetUtcNow().UtcDateTime,
        caller.Name,
        folder.ManifestText,
        folder.Manifest.Dependencies,
        [.. folder.Items.Select(i => new InstalledItem(i.Key, folder.Manifest.Version.ToString(), i.Checksum))]);

    private async Task<OperationPlan> ApplyAsync(OperationPlan plan, IReadOnlyList<InstalledTemplate> records, IReadOnlyList<string> removed, Caller caller, CancellationToken cancellationToken)
    {
        try
        {
            await Applier.ApplyAsync(plan, records, removed, caller, cancellationToken);
        }
        catch (Exception ex) when (ex is TemplateException or ErpCodeException && ex is not PermissionDeniedException)
        {
            foreach (var template in plan.Templates)
            {
                await _policy.RecordAsync(new AuditEvent(AuditKinds.TemplateChanged, caller.Name, $"Template {template.Name}", false, $"{template.Operation} refused, nothing applied: {ex.Message}"), CancellationToken.None);
            }

            throw;
        }

        foreach (var template in plan.Templates)
        {
            await _policy.RecordAsync(new AuditEvent(AuditKinds.TemplateChanged, caller.Name, $"Template {template.Name}", true, template.ToString()), CancellationToken.None);
        }

        return plan;
    }

    private Task DemandAsync(Caller caller, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return _policy.DemandAsync(caller, SitePermissions.ManageTemplates, $"Template {target}", cancellationToken);
    }
}
