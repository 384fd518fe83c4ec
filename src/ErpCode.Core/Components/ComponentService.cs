using System.Collections.Immutable;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Queries;

namespace ErpCode.Core.Components;

/// <summary>
/// The one place that reads and saves components, for every entry point (OData, portal, CLI). A save is always
/// kept, with its history entry: source that compiles becomes the validated version and raises the site
/// revision, so every node swaps it in; source that does not compile is stored as Modified with its
/// diagnostics while the last validated version keeps running. Nothing typed is ever lost.
/// </summary>
public sealed class ComponentService(IDocumentStore store, IComponentCompiler compiler, TimeProvider time)
{
    public async Task EnsureCollectionsAsync(CancellationToken cancellationToken = default)
    {
        await store.EnsureCollectionAsync(ComponentDocuments.Definition, cancellationToken);
        await store.EnsureCollectionAsync(ComponentDocuments.HistoryDefinition, cancellationToken);
    }

    public async Task<Component?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        if (ComponentNames.Check(reference) is not null)
        {
            return null;
        }

        var document = await store.Collection(ComponentDocuments.Collection).FindAsync(reference, cancellationToken);
        return document is null ? null : ComponentDocuments.FromDocument(document);
    }

    public async Task<IReadOnlyList<Component>> ListAsync(CancellationToken cancellationToken = default)
    {
        var result = await store.Collection(ComponentDocuments.Collection).QueryAsync(new Query(), cancellationToken);
        return [.. result.Documents.Select(ComponentDocuments.FromDocument)];
    }

    public async Task<IReadOnlyList<ComponentRevision>> HistoryAsync(string reference, CancellationToken cancellationToken = default)
    {
        var result = await store.Collection(ComponentDocuments.HistoryCollection).QueryAsync(
            Query.Where(Filter.Eq(FieldPath.Parent, reference)).OrderBy(SortField.Asc("sequence")),
            cancellationToken);
        return [.. result.Documents.Select(ComponentDocuments.FromHistory)];
    }

    /// <summary>
    /// Saves source for <paramref name="reference"/> (creating the component at the first save). Throws
    /// <see cref="InvalidComponentException"/> for a bad reference or a change of kind, and the store's
    /// <see cref="Storage.Errors.ConcurrencyException"/> when someone else saved in between.
    /// </summary>
    public async Task<Component> SaveAsync(string reference, ComponentKind kind, string source, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        if (ComponentNames.Check(reference) is { } problem)
        {
            throw new InvalidComponentException(reference ?? string.Empty, problem);
        }

        var components = store.Collection(ComponentDocuments.Collection);
        var existingDocument = await components.FindAsync(reference, cancellationToken);
        var existing = existingDocument is null ? null : ComponentDocuments.FromDocument(existingDocument);
        if (existing is not null && existing.Kind != kind)
        {
            throw new InvalidComponentException(reference, $"it is a {existing.Kind} component and cannot become a {kind}");
        }

        var modules = (await ListAsync(cancellationToken))
            .Where(c => c.Kind == ComponentKind.Module && c.Runs && c.Reference != reference)
            .ToList();
        var version = (existing?.Version ?? 0) + 1;
        var diagnostics = compiler.Check(kind, reference, version, source, modules);
        var compiles = !diagnostics.Any(d => d.Severity == "Error");
        var saved = compiles
            ? new Component(reference, kind, source, ComponentValidationState.Validated, diagnostics, version, source, 0)
            : new Component(
                reference,
                kind,
                source,
                existing?.ValidatedSource is null ? ComponentValidationState.Draft : ComponentValidationState.Modified,
                diagnostics,
                existing?.Version ?? 0,
                existing?.ValidatedSource,
                0);
        var sequence = (existingDocument is null ? 0 : ComponentDocuments.HistoryCount(existingDocument)) + 1;
        var revision = new ComponentRevision(reference, sequence, author, time.GetUtcNow().UtcDateTime, source, saved.ValidationState, saved.Version);

        await using var transaction = await store.BeginTransactionAsync(cancellationToken);
        var stored = existingDocument is null
            ? await transaction.Collection(ComponentDocuments.Collection).InsertAsync(
                new Storage.Documents.NewDocument(reference, ComponentDocuments.ToBody(saved, sequence), ComponentDocuments.TypeName), cancellationToken)
            : await transaction.Collection(ComponentDocuments.Collection).ReplaceAsync(reference, existingDocument.Version, ComponentDocuments.ToBody(saved, sequence), cancellationToken);
        await transaction.Collection(ComponentDocuments.HistoryCollection).InsertAsync(ComponentDocuments.ToHistory(revision), cancellationToken);
        if (compiles)
        {
            // What runs changed: every node rebuilds its runtime from the new revision.
            await transaction.IncrementRevisionAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return saved with { StoreVersion = stored.Version };
    }

    /// <summary>Switches a component off (nothing of it runs) until its next validated save.</summary>
    public async Task<Component> InvalidateAsync(string reference, string author, CancellationToken cancellationToken = default)
    {
        var current = await FindAsync(reference, cancellationToken) ?? throw new Storage.Errors.DocumentNotFoundException(ComponentDocuments.Collection, reference);
        var document = await store.Collection(ComponentDocuments.Collection).GetAsync(reference, cancellationToken);
        var invalidated = current with { ValidationState = ComponentValidationState.Invalidated, Diagnostics = ImmutableArray<ComponentDiagnostic>.Empty };
        var sequence = ComponentDocuments.HistoryCount(document) + 1;
        await using var transaction = await store.BeginTransactionAsync(cancellationToken);
        var stored = await transaction.Collection(ComponentDocuments.Collection).ReplaceAsync(reference, document.Version, ComponentDocuments.ToBody(invalidated, sequence), cancellationToken);
        await transaction.Collection(ComponentDocuments.HistoryCollection).InsertAsync(
            ComponentDocuments.ToHistory(new ComponentRevision(reference, sequence, author, time.GetUtcNow().UtcDateTime, current.Source, ComponentValidationState.Invalidated, current.Version)),
            cancellationToken);
        await transaction.IncrementRevisionAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return invalidated with { StoreVersion = stored.Version };
    }
}
