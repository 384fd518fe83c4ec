using System.Collections.Immutable;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Components;

/// <summary>
/// Component saves and removals applied together, made by <see cref="ComponentService.CreateBatch"/>: add them with
/// <see cref="Save"/> and <see cref="Remove"/>, then <see cref="PrepareAsync"/> checks permissions and compiles every
/// source (modules first) and throws <see cref="InvalidComponentException"/> naming each component that does not
/// compile, before anything is written; <see cref="WriteAsync"/> writes inside the caller's transaction (which must
/// raise the site revision) and <see cref="CompleteAsync"/> audits once it committed.
/// </summary>
public sealed class ComponentServiceBatch
{
    private readonly IDocumentStore _store;
    private readonly IComponentCompiler _compiler;
    private readonly SecurityPolicy _policy;
    private readonly IAuditLog _audit;
    private readonly TimeProvider _time;
    private readonly Caller _caller;
    private readonly List<Component> _saves = [];
    private readonly List<string> _removals = [];
    private bool _prepared;

    internal ComponentServiceBatch(IDocumentStore store, IComponentCompiler compiler, SecurityPolicy policy, IAuditLog audit, TimeProvider time, Caller caller)
    {
        _store = store;
        _compiler = compiler;
        _policy = policy;
        _audit = audit;
        _time = time;
        _caller = caller;
    }

    /// <summary>True when the batch saves and removes nothing.</summary>
    public bool IsEmpty => _saves.Count == 0 && _removals.Count == 0;

    /// <summary>
    /// Adds the save of <paramref name="source"/> as the validated source of <paramref name="reference"/>, with its proxy
    /// roles and its declaration as a site action (null: none).
    /// </summary>
    public ComponentServiceBatch Save(string reference, ComponentKind kind, string source, IEnumerable<string>? proxyRoles = null, SiteAction? action = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(source);
        EnsureOpen();
        _saves.Add(new Component(reference, kind, source, ComponentValidationState.Validated, [], 0, source, 0)
        {
            ProxyRoles = ProxyRoleRules.Normalize(proxyRoles ?? []),
            Action = action,
        });
        return this;
    }

    /// <summary>Adds the removal of the component <paramref name="reference"/> (its history is kept).</summary>
    public ComponentServiceBatch Remove(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        EnsureOpen();
        _removals.Add(reference);
        return this;
    }

    /// <summary>
    /// Checks the batch without writing: ManageCode (and Developer for proxy roles or proxied code), references, kinds,
    /// proxy roles, site action declarations, and compiles every saved source against the modules the site will have. Throws
    /// <see cref="PermissionDeniedException"/> or <see cref="InvalidComponentException"/>.
    /// </summary>
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        if (IsEmpty)
        {
            _prepared = true;
            return;
        }

        var target = "Components " + string.Join(", ", _saves.Select(s => s.Reference).Concat(_removals));
        await _policy.DemandAsync(_caller, SitePermissions.ManageCode, target, cancellationToken);
        var twice = _saves.Select(s => s.Reference).Concat(_removals).GroupBy(r => r, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidComponentException(twice.Key, "the batch names it more than once");
        }

        var existing = (await new ComponentCatalog(_store).ListAsync(cancellationToken)).ToDictionary(c => c.Reference, StringComparer.Ordinal);
        foreach (var save in _saves)
        {
            if (ComponentNames.Check(save.Reference) is { } problem)
            {
                throw new InvalidComponentException(save.Reference, problem);
            }

            if (existing.TryGetValue(save.Reference, out var current) && current.Kind != save.Kind)
            {
                throw new InvalidComponentException(save.Reference, $"it is a {current.Kind} component and cannot become a {save.Kind}");
            }

            if (save.ProxyRoles.Length > 0 && !ProxyRoleRules.Allowed(save.Kind))
            {
                throw new InvalidComponentException(save.Reference, $"it is a {save.Kind} component; only Script and Document components may have proxy roles");
            }

            if (save.ProxyRoles.Select(ProxyRoleRules.Check).FirstOrDefault(p => p is not null) is { } roleProblem)
            {
                throw new InvalidComponentException(save.Reference, roleProblem);
            }

            if (save.Action is { } declared && SiteActionRules.Problem(save.Kind, declared) is { } actionProblem)
            {
                throw new InvalidComponentException(save.Reference, actionProblem);
            }
        }

        foreach (var reference in _removals.Where(r => !existing.ContainsKey(r)))
        {
            throw new InvalidComponentException(reference, "there is no such component to remove");
        }

        var proxied = _saves.Where(s => s.IsProxied || (existing.TryGetValue(s.Reference, out var c) && c.IsProxied)).Select(s => s.Reference)
            .Concat(_removals.Where(r => existing[r].IsProxied)).ToList();
        if (proxied.Count > 0 && !ProxyRoleRules.MayManage(_caller))
        {
            throw await _policy.DeniedAsync(_caller, SitePermissions.ManageCode, target, $"{string.Join(", ", proxied)} run with proxy roles, so only a Developer may change them", cancellationToken);
        }

        CompileAll(existing);
        _prepared = true;
    }

    /// <summary>Writes the prepared batch with history entries inside <paramref name="transaction"/>; the caller commits and raises the revision.</summary>
    public async Task WriteAsync(IStoreTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (!_prepared)
        {
            throw new InvalidOperationException("Prepare the batch before writing it.");
        }

        var components = transaction.Collection(ComponentDocuments.Collection);
        var history = transaction.Collection(ComponentDocuments.HistoryCollection);
        var now = _time.GetUtcNow().UtcDateTime;
        foreach (var reference in _removals)
        {
            var document = await components.GetAsync(reference, cancellationToken);
            var current = ComponentDocuments.FromDocument(document);
            var sequence = await NextSequenceAsync(history, reference, document, cancellationToken);
            await components.DeleteAsync(reference, document.Version, cancellationToken);
            await history.InsertAsync(ComponentDocuments.ToHistory(new ComponentRevision(reference, sequence, _caller.Name, now, current.Source, ComponentValidationState.Invalidated, current.Version)), cancellationToken);
        }

        foreach (var save in _saves)
        {
            var document = await components.FindAsync(save.Reference, cancellationToken);
            var sequence = await NextSequenceAsync(history, save.Reference, document, cancellationToken);
            var version = (document is null ? await LastVersionAsync(history, save.Reference, cancellationToken) : ComponentDocuments.FromDocument(document).Version) + 1;
            var saved = save with { Version = version };
            var body = ComponentDocuments.ToBody(saved, sequence);
            _ = document is null
                ? await components.InsertAsync(new NewDocument(save.Reference, body, ComponentDocuments.TypeName), cancellationToken)
                : await components.ReplaceAsync(save.Reference, document.Version, body, cancellationToken);
            await history.InsertAsync(ComponentDocuments.ToHistory(new ComponentRevision(save.Reference, sequence, _caller.Name, now, save.Source, save.ValidationState, version) { ProxyRoles = save.ProxyRoles, Action = save.Action }), cancellationToken);
        }
    }

    /// <summary>Audits each change once the transaction that wrote the batch committed.</summary>
    public async Task CompleteAsync()
    {
        foreach (var reference in _removals)
        {
            await _audit.RecordAsync(new AuditEvent(AuditKinds.CodeChanged, _caller.Name, $"Component {reference}", true, $"Removed {reference}."), CancellationToken.None);
        }

        foreach (var save in _saves)
        {
            await _audit.RecordAsync(new AuditEvent(AuditKinds.CodeChanged, _caller.Name, $"Component {save.Reference}", true, $"Saved the source of {save.Reference} ({save.Kind}), validated{(save.Action is { } action ? $", an action of the site run by {string.Join(", ", action.Roles)}" : string.Empty)}."), CancellationToken.None);
        }
    }

    // Modules first, against the modules the site will have; the other kinds compile against those modules, so a
    // broken module is reported alone rather than as a failure of everything that uses it.
    private void CompileAll(Dictionary<string, Component> existing)
    {
        var replaced = _saves.Select(s => s.Reference).Concat(_removals).ToHashSet(StringComparer.Ordinal);
        var modules = existing.Values.Where(c => c.Kind == ComponentKind.Module && c.Runs && !replaced.Contains(c.Reference))
            .Concat(_saves.Where(s => s.Kind == ComponentKind.Module)).ToList();
        var failures = new List<string>();
        foreach (var group in new[] { _saves.Where(s => s.Kind == ComponentKind.Module), _saves.Where(s => s.Kind != ComponentKind.Module) })
        {
            foreach (var save in group)
            {
                var version = (existing.TryGetValue(save.Reference, out var current) ? current.Version : 0) + 1;
                var errors = _compiler.Check(save.Kind, save.Reference, version, save.Source, modules).Where(d => d.Severity == "Error").ToList();
                if (errors.Count > 0)
                {
                    failures.Add($"{save.Reference} ({save.Kind}) does not compile: {string.Join("; ", errors)}");
                }
            }

            if (failures.Count > 0)
            {
                throw new InvalidComponentException(
                    _saves.First(s => failures[0].StartsWith(s.Reference + " ", StringComparison.Ordinal)).Reference,
                    string.Join(" | ", failures));
            }
        }
    }

    private static async Task<int> NextSequenceAsync(IDocumentCollection history, string reference, StoredDocument? document, CancellationToken cancellationToken)
    {
        // A component removed and added again keeps one history: count what is there, not only the document's counter.
        var count = document is null ? 0 : ComponentDocuments.HistoryCount(document);
        return Math.Max(count, (int)await history.CountAsync(Filter.Eq(FieldPath.Parent, reference), cancellationToken)) + 1;
    }

    private static async Task<int> LastVersionAsync(IDocumentCollection history, string reference, CancellationToken cancellationToken)
    {
        var last = await history.QueryAsync(Query.Where(Filter.Eq(FieldPath.Parent, reference)).OrderBy(SortField.Desc("sequence")) with { Take = 1 }, cancellationToken);
        return last.Documents.Count == 0 ? 0 : last.Documents[0].Body.TryGet("version", out var v) && v is Int64Value i ? (int)i.Value : 0;
    }

    private void EnsureOpen()
    {
        if (_prepared)
        {
            throw new InvalidOperationException("The batch is prepared; start a new one to change it.");
        }
    }
}
