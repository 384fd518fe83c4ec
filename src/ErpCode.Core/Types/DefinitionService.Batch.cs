using System.Collections.Immutable;
using ErpCode.Core.Documents.Storage;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Expressions;
using ErpCode.Core.Types.Storage;

namespace ErpCode.Core.Types;

public sealed partial class DefinitionService
{
    /// <summary>
    /// Saves and deletes all <paramref name="changes"/> at once: one check of the whole resulting site, one compile of
    /// its expressions, then every write with its history entry and one raise of the site revision in one transaction.
    /// Needs the permission of each kind touched; throws <see cref="InvalidDefinitionException"/> with every problem
    /// and writes nothing when the resulting site is not valid.
    /// </summary>
    public async Task ApplyAsync(DefinitionChanges changes, Caller caller, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(changes, caller, cancellationToken);
        await using (var transaction = await store.BeginTransactionAsync(cancellationToken))
        {
            await WriteAsync(prepared, transaction, cancellationToken);
            await transaction.IncrementRevisionAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await CompleteAsync(prepared, cancellationToken);
    }

    /// <summary>
    /// Checks <paramref name="changes"/> as <see cref="ApplyAsync(DefinitionChanges, Caller, CancellationToken)"/> does,
    /// without writing them: demands the permissions, checks the resulting site once and compiles its expressions once,
    /// and creates the collections of the types it touches. Throws <see cref="InvalidDefinitionException"/> naming every
    /// problem caused by the changes (older faults of untouched definitions do not block).
    /// </summary>
    public async Task<PreparedDefinitionChanges> PrepareAsync(DefinitionChanges changes, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(caller);
        var keys = changes.Keys();
        foreach (var kind in keys.Select(k => k.Kind).Distinct())
        {
            await policy.DemandAsync(caller, PermissionFor(kind), string.Join(", ", keys.Where(k => k.Kind == kind)), cancellationToken);
        }

        var twice = keys.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => new DefinitionProblem(g.Key.Label, string.Empty, "the change names this definition more than once")).ToImmutableArray();
        if (!twice.IsEmpty)
        {
            throw new InvalidDefinitionException(twice);
        }

        var before = await definitions.LoadAsync(cancellationToken);
        var missing = changes.Deletions.Where(k => !Exists(before, k)).Select(k => new DefinitionProblem(k.Label, string.Empty, "there is no such definition to delete")).ToImmutableArray();
        if (!missing.IsEmpty)
        {
            throw new InvalidDefinitionException(missing);
        }

        var after = changes.ApplyTo(before);
        var touched = keys.Select(k => k.Label).ToHashSet(StringComparer.Ordinal);
        var existing = DefinitionChecker.Check(before).ToHashSet();
        var blocking = DefinitionChecker.Check(after).Where(p => touched.Contains(p.Definition) || !existing.Contains(p)).ToList();
        using (var compiled = expressions.Compile(after.Expressions()))
        {
            foreach (var (key, diagnostics) in compiled.Failures)
            {
                var (definitionName, field) = ExpressionKeys.Split(key);
                blocking.AddRange(diagnostics.Where(d => d.Severity == "Error").Select(d =>
                    new DefinitionProblem(definitionName, field, $"the expression does not compile: line {d.Line}, column {d.Column}: {d.Message}")));
            }
        }

        if (blocking.Count > 0)
        {
            throw new InvalidDefinitionException([.. blocking]);
        }

        // Collections follow their types (as for a single save); creating one is harmless if the write then fails.
        var savedWorkflows = changes.Workflows.Select(w => w.Name).ToHashSet(StringComparer.Ordinal);
        var savedTypes = changes.PortalTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var type in after.PortalTypes.Where(t => savedTypes.Contains(t.Name) || t.Workflows.Any(savedWorkflows.Contains)))
        {
            var stateVariables = type.Workflows.Select(name => after.Workflows.FirstOrDefault(w => w.Name == name)).Where(w => w is { HasStates: true }).Select(w => w!.StateVariable);
            await store.EnsureCollectionAsync(DocumentCollections.For(type, stateVariables), cancellationToken);
        }

        return new PreparedDefinitionChanges(changes, caller, after);
    }

    /// <summary>
    /// Writes prepared changes with their history entries inside <paramref name="transaction"/>, which the caller
    /// commits; it must also raise the site revision. Call <see cref="CompleteAsync"/> once committed.
    /// </summary>
    public async Task WriteAsync(PreparedDefinitionChanges prepared, IStoreTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(transaction);
        foreach (var key in prepared.Changes.Deletions)
        {
            var collection = DefinitionDocuments.Collection(key.Kind);
            var documents = transaction.Collection(collection);
            var existing = await documents.FindAsync(key.Name, cancellationToken)
                ?? throw new ErpCode.Core.Storage.Errors.DocumentNotFoundException(collection, key.Name);
            await documents.DeleteAsync(key.Name, existing.Version, cancellationToken);
            await AddHistoryAsync(transaction, key.Kind, key.Name, prepared.Caller, null, cancellationToken);
        }

        foreach (var (key, definition) in prepared.Changes.Saved())
        {
            var documents = transaction.Collection(DefinitionDocuments.Collection(key.Kind));
            var body = DefinitionCodec.ToBody(definition);
            var existing = await documents.FindAsync(key.Name, cancellationToken);
            if (existing is null)
            {
                await documents.InsertAsync(new NewDocument(key.Name, body, key.Kind.ToString()), cancellationToken);
            }
            else
            {
                await documents.ReplaceAsync(key.Name, existing.Version, body, cancellationToken);
            }

            await AddHistoryAsync(transaction, key.Kind, key.Name, prepared.Caller, DefinitionCodec.ToJson(definition), cancellationToken);
        }
    }

    /// <summary>After the transaction holding prepared changes committed: audits each change and rebuilds this node's runtime snapshot.</summary>
    public async Task CompleteAsync(PreparedDefinitionChanges prepared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        foreach (var key in prepared.Changes.Deletions)
        {
            await policy.RecordAsync(new AuditEvent(AuditKindFor(key.Kind), prepared.Caller.Name, key.Label, true, "deleted"), CancellationToken.None);
        }

        foreach (var (key, _) in prepared.Changes.Saved())
        {
            await policy.RecordAsync(new AuditEvent(AuditKindFor(key.Kind), prepared.Caller.Name, key.Label, true, "saved"), CancellationToken.None);
        }

        await RefreshAsync(cancellationToken);
    }

    private static bool Exists(SiteDefinitions site, DefinitionKey key) => key.Kind switch
    {
        DefinitionKind.PortalType => site.PortalTypes.Any(t => t.Name == key.Name),
        DefinitionKind.PropertySheet => site.PropertySheets.Any(s => s.Name == key.Name),
        DefinitionKind.Workflow => site.Workflows.Any(w => w.Name == key.Name),
        DefinitionKind.Role => site.Roles.Any(r => r.Name == key.Name),
        _ => site.Categories.Any(c => c.Name == key.Name),
    };
}
