using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Scripting.Globals;

/// <summary>
/// The portal of the code layer on its own, where no document service runs (the code layer's tests and tools; a site
/// always runs <see cref="DocumentPortal"/>): reads, queries and creates raw documents in the store, with no
/// permission check, and nothing that needs the document service (changes, deletions, methods, transitions). Stored
/// code is synchronous (the sandbox refuses tasks), so each call waits for the store here, inside the caller's budget.
/// </summary>
internal sealed class StorePortal(IDocumentStore store, CancellationToken cancellationToken) : IPortal
{
    public IDocumentAccess? Find(string collection, string id)
    {
        var document = store.Collection(collection).FindAsync(id, cancellationToken).GetAwaiter().GetResult();
        return document is null ? null : new DocumentAccess(document.Id, document.Type, document.Body);
    }

    public IReadOnlyList<IDocumentAccess> Query(string collection, string property, object? equals, int take = 100)
    {
        var query = ErpCode.Core.Storage.Queries.Query.Where(Filter.Eq(FieldPath.Parse(property), ClrValues.FromClr(equals, property))).Page(Math.Clamp(take, 0, 1000));
        var result = store.Collection(collection).QueryAsync(query, cancellationToken).GetAwaiter().GetResult();
        return [.. result.Documents.Select(d => new DocumentAccess(d.Id, d.Type, d.Body))];
    }

    public IDocumentAccess Fire(string collection, string id, string transition, string? comment = null) =>
        throw NeedsDocumentService("Workflow transitions");

    public IDocumentAccess Update(string collection, string id, IReadOnlyDictionary<string, object?> properties) =>
        throw NeedsDocumentService("Changing documents");

    public void Delete(string collection, string id) =>
        throw NeedsDocumentService("Deleting documents");

    public object? Call(string collection, string id, string method, IReadOnlyDictionary<string, object?>? arguments = null) =>
        throw NeedsDocumentService("Business methods");

    public IDocumentAccess Create(string collection, string id, string? type, IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var body = DocumentValue.Create(properties.Select(p => new KeyValuePair<string, DocValue>(p.Key, ClrValues.FromClr(p.Value, p.Key))));
        var stored = store.Collection(collection).InsertAsync(new NewDocument(id, body, type), cancellationToken).GetAwaiter().GetResult();
        return new DocumentAccess(stored.Id, stored.Type, stored.Body);
    }

    private static InvalidOperationException NeedsDocumentService(string what) =>
        new($"{what} need the document service, which this host does not run.");
}
