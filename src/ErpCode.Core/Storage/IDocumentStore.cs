using ErpCode.Core.Storage.Collections;

namespace ErpCode.Core.Storage;

/// <summary>
/// The document store: collections of typed documents, transactions, and the site revision every node watches.
/// Two backends implement it (embedded SQLite and MongoDB); one conformance suite holds both to the same behaviour.
/// </summary>
public interface IDocumentStore : IAsyncDisposable
{
    /// <summary>The backend's name, as in <c>Storage:Provider</c>.</summary>
    string Provider { get; }

    /// <summary>The store, described without secrets: a file path or the MongoDB hosts and database.</summary>
    string Description { get; }

    /// <summary>Opens the store, creating it when it does not exist yet. Safe to call more than once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates the collection, or brings it to the definition (adding and dropping indexes).</summary>
    Task EnsureCollectionAsync(CollectionDefinition definition, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CollectionDefinition>> ListCollectionsAsync(CancellationToken cancellationToken = default);

    /// <summary>The collection for single-call operations. Operations on a collection never created raise <see cref="Errors.UnknownCollectionException"/>.</summary>
    IDocumentCollection Collection(string name);

    Task<IStoreTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);

    /// <summary>The site revision: 0 in a new store, raised by <see cref="IStoreTransaction.IncrementRevisionAsync"/>.</summary>
    Task<long> GetRevisionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The current revision, then each new one as any node commits it, until cancelled. Backed by polling
    /// (<c>Storage:RevisionPollInterval</c>), and by change streams where a MongoDB replica set offers them.
    /// </summary>
    IAsyncEnumerable<long> WatchRevisionAsync(CancellationToken cancellationToken = default);

    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}
