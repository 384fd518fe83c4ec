using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Queries;

namespace ErpCode.Core.Components;

/// <summary>
/// Reads components and their history from the store, with no permission check: for the services and for the
/// runtime, which must not depend on the service that saves (it needs the security policy, which needs the runtime).
/// </summary>
internal sealed class ComponentCatalog(IDocumentStore store)
{
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
}
