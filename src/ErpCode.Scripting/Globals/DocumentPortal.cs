using System.Collections.Immutable;
using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Scripting.Globals;

/// <summary>
/// The portal stored code reaches on a site: business documents through the document service, as the calling user,
/// so stored code gets the same validation, ids, stamps and history as any other caller and can reach nothing but
/// portal types (no system collection). The "collection" of <see cref="IPortal"/> is the portal type's name. Stored
/// code is synchronous (the sandbox refuses tasks), so each call waits for the service here, inside the caller's budget.
/// </summary>
internal sealed class DocumentPortal(DocumentService documents, Caller caller, CancellationToken cancellationToken) : IPortal
{
    private readonly Caller _caller = caller;

    /// <summary>Who the document service sees: the calling user with their roles and groups, plus the running code's proxy roles.</summary>
    public Caller Caller => _caller;

    /// <summary>The same portal acting with <paramref name="proxyRoles"/> added to its caller's roles.</summary>
    public DocumentPortal WithProxyRoles(IEnumerable<string> proxyRoles) => new(documents, _caller.WithRoles(proxyRoles), cancellationToken);

    public IDocumentAccess? Find(string collection, string id)
    {
        var document = documents.FindAsync(collection, id, _caller, cancellationToken).GetAwaiter().GetResult();
        return document is null ? null : new DocumentAccess(document.Id, document.PortalType, document.Properties);
    }

    public IReadOnlyList<IDocumentAccess> Query(string collection, string property, object? equals, int take = 100)
    {
        // "Id" is the document's id, kept beside the body rather than in it.
        var field = property == "Id" ? FieldPath.Id : FieldPath.Parse(property);
        var query = Core.Storage.Queries.Query.Where(Filter.Eq(field, ClrValues.FromClr(equals, property))).Page(Math.Clamp(take, 0, 1000));
        var page = documents.QueryAsync(collection, query, _caller, cancellationToken).GetAwaiter().GetResult();
        return [.. page.Documents.Select(d => new DocumentAccess(d.Id, d.PortalType, d.Properties))];
    }

    public IDocumentAccess Fire(string collection, string id, string transition, string? comment = null)
    {
        var current = documents.GetAsync(collection, id, _caller, cancellationToken).GetAwaiter().GetResult();
        var fired = documents.FireFromCodeAsync(collection, id, current.Version, transition, comment, _caller, cancellationToken).GetAwaiter().GetResult();
        return new DocumentAccess(fired.Id, fired.PortalType, fired.Properties);
    }

    public IDocumentAccess Update(string collection, string id, IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var current = documents.GetAsync(collection, id, _caller, cancellationToken).GetAwaiter().GetResult();
        var changes = DocumentValue.Create(properties.Select(p => new KeyValuePair<string, DocValue>(p.Key, ClrValues.FromClr(p.Value, p.Key))));
        var updated = documents.UpdateAsync(collection, id, current.Version, changes, _caller, cancellationToken).GetAwaiter().GetResult();
        return new DocumentAccess(updated.Id, updated.PortalType, updated.Properties);
    }

    public void Delete(string collection, string id)
    {
        var current = documents.GetAsync(collection, id, _caller, cancellationToken).GetAwaiter().GetResult();
        documents.DeleteAsync(collection, id, current.Version, _caller, cancellationToken).GetAwaiter().GetResult();
    }

    public object? Call(string collection, string id, string method, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var values = (arguments ?? new Dictionary<string, object?>()).ToDictionary(a => a.Key, a => ClrValues.FromClr(a.Value, a.Key), StringComparer.Ordinal);
        var outcome = documents.CallAsync(collection, id, null, method, values, _caller, cancellationToken).GetAwaiter().GetResult();
        return ClrValues.ToClr(outcome.Value);
    }

    public IDocumentAccess Create(string collection, string id, string? type, IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var portalType = type ?? collection;
        if (!string.Equals(portalType, collection, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Documents of {portalType} live in {portalType}, not in '{collection}'.", nameof(type));
        }

        var fields = properties.Select(p => new KeyValuePair<string, DocValue>(p.Key, ClrValues.FromClr(p.Value, p.Key))).ToList();
        if (!string.IsNullOrEmpty(id))
        {
            fields.Add(new("Id", id));
        }

        var created = documents.CreateAsync(portalType, DocumentValue.Create(fields), _caller, cancellationToken).GetAwaiter().GetResult();
        return new DocumentAccess(created.Id, created.PortalType, created.Properties);
    }
}
