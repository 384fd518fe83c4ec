using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Patches;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage;

/// <summary>
/// The documents of one collection, read and written either on their own (each call is atomic) or inside an
/// <see cref="IStoreTransaction"/>. Every write names the version it expects; a stale one raises
/// <see cref="Errors.ConcurrencyException"/> and writes nothing.
/// </summary>
public interface IDocumentCollection
{
    string Name { get; }

    /// <summary>The document, or <c>null</c> when none has this id.</summary>
    Task<StoredDocument?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The document; throws <see cref="Errors.DocumentNotFoundException"/> when none has this id.</summary>
    Task<StoredDocument> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Inserts at version 1; throws <see cref="Errors.DuplicateDocumentException"/> when the id is taken.</summary>
    Task<StoredDocument> InsertAsync(NewDocument document, CancellationToken cancellationToken = default);

    /// <summary>Inserts all documents or, on any failure, none; returns how many were inserted.</summary>
    Task<int> InsertManyAsync(IEnumerable<NewDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>Replaces the body of the document at <paramref name="expectedVersion"/>; returns it at the next version.</summary>
    Task<StoredDocument> ReplaceAsync(string id, long expectedVersion, DocumentValue body, CancellationToken cancellationToken = default);

    /// <summary>Applies <paramref name="patch"/> to the document at <paramref name="expectedVersion"/>; returns it at the next version.</summary>
    Task<StoredDocument> UpdateAsync(string id, long expectedVersion, DocumentPatch patch, CancellationToken cancellationToken = default);

    /// <summary>Deletes the document at <paramref name="expectedVersion"/>.</summary>
    Task DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken = default);

    Task<QueryResult> QueryAsync(Query query, CancellationToken cancellationToken = default);

    Task<long> CountAsync(Filter? filter = null, CancellationToken cancellationToken = default);
}
