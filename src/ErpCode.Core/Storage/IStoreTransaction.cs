namespace ErpCode.Core.Storage;

/// <summary>
/// Writes across collections that commit together or not at all. Disposing without <see cref="CommitAsync"/>
/// rolls back. Reads inside see the transaction's own writes.
/// </summary>
public interface IStoreTransaction : IAsyncDisposable
{
    /// <summary>The collection, as seen and written by this transaction.</summary>
    IDocumentCollection Collection(string name);

    /// <summary>Adds one to the site revision, as part of this transaction; returns the new revision.</summary>
    Task<long> IncrementRevisionAsync(CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}
