using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Types.Runtime;

namespace ErpCode.Portal.Modules;

/// <summary>
/// The one place that decides which modules a caller sees, for the home page, the navigation, lists and search: one
/// per top-level portal type of the live snapshot (types only ever stored inside another type's documents, such as
/// order lines, have no list of their own) whose documents the caller may view. The document service filters the
/// documents themselves again; this only hides modules it would always show empty.
/// </summary>
public sealed class ModuleCatalog(ISiteRuntime runtime, DocumentService documents)
{
    /// <summary>The caller's modules, ordered by title.</summary>
    public async Task<IReadOnlyList<PortalModule>> ModulesAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var modules = new List<PortalModule>();
        foreach (var (module, access) in Candidates(caller, entitySet: null))
        {
            if (await VisibleAsync(module, access, caller, cancellationToken))
            {
                modules.Add(module);
            }
        }

        return [.. modules.OrderBy(m => m.Title, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>The module at <paramref name="entitySet"/>, or null when there is none or the caller may not view it.</summary>
    public async Task<PortalModule?> FindAsync(string entitySet, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        foreach (var (module, access) in Candidates(caller, entitySet ?? string.Empty))
        {
            return await VisibleAsync(module, access, caller, cancellationToken) ? module : null;
        }

        return null;
    }

    /// <summary>The worklists of the caller's modules that are shown to one of the caller's roles (or to everyone).</summary>
    public async Task<IReadOnlyList<ModuleWorklist>> WorklistsAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var visible = (await ModulesAsync(caller, cancellationToken)).ToDictionary(m => m.PortalType, StringComparer.Ordinal);
        using var lease = runtime.Lease();
        var worklists = new List<ModuleWorklist>();
        foreach (var module in visible.Values.OrderBy(m => m.Title, StringComparer.CurrentCultureIgnoreCase))
        {
            foreach (var workflow in lease.Types.Find(module.PortalType)?.Workflows ?? [])
            {
                worklists.AddRange(workflow.Worklists
                    .Where(w => caller.Unrestricted || w.Roles.IsDefaultOrEmpty || w.Roles.Any(caller.IsInRole))
                    .Select(w => new ModuleWorklist(module, workflow.Name, w.Id, string.IsNullOrWhiteSpace(w.Title) ? w.Id : w.Title)));
            }
        }

        return worklists;
    }

    /// <summary>The top-level types (one, when <paramref name="entitySet"/> is given) with how the caller may view them.</summary>
    private List<(PortalModule Module, ViewAccess Access)> Candidates(Caller caller, string? entitySet)
    {
        using var lease = runtime.Lease();
        var types = lease.Types;
        IEnumerable<RuntimeType> candidates = entitySet is null ? types.Types : types.FindByEntitySet(entitySet) is { } one ? [one] : [];
        var contained = types.Types.SelectMany(t => t.Children).Select(c => c.Type.Name).ToHashSet(StringComparer.Ordinal);
        return [.. candidates.Where(t => !contained.Contains(t.Name)).Select(t => (Module(t, documents.Rights(t.Name, null, caller).Create), Access(types, t, caller)))];
    }

    /// <summary>
    /// Whether the module shows: always when the caller may view every document of the type, never when no role they
    /// could hold on a document gives View (the view filter is an empty OR). Otherwise they may only view some
    /// documents (their own, or those where they hold a local role): it shows when they may create one or one exists.
    /// </summary>
    private async Task<bool> VisibleAsync(PortalModule module, ViewAccess access, Caller caller, CancellationToken cancellationToken) => access switch
    {
        ViewAccess.All => true,
        ViewAccess.None => false,
        _ => module.CanAdd || (await documents.QueryAsync(module.PortalType, new Query().Page(1), caller, cancellationToken)).Documents.Count > 0,
    };

    private static ViewAccess Access(TypeSystem types, RuntimeType type, Caller caller) => DocumentPermissions.ViewFilter(types, type, caller) switch
    {
        null => ViewAccess.All,
        OrFilter { Filters.IsEmpty: true } => ViewAccess.None,
        _ => ViewAccess.Some,
    };

    private static PortalModule Module(RuntimeType type, bool canAdd) =>
        new(type.Definition.EntitySetName, type.Name, type.Definition.DisplayTitle, type.Definition.Description, canAdd);

    private enum ViewAccess
    {
        None,
        Some,
        All,
    }
}
