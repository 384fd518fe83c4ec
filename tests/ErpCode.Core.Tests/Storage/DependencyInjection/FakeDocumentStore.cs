using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;

namespace ErpCode.Core.Tests.Storage.DependencyInjection;

/// <summary>A store that only remembers how it was made; the DI tests never use it as a store.</summary>
internal sealed class FakeDocumentStore(string provider, StorageOptions options) : IDocumentStore
{
    public string Provider { get; } = provider;

    public StorageOptions Options { get; } = options;

    public string Description => $"fake {Provider}";

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task EnsureCollectionAsync(CollectionDefinition definition, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<CollectionDefinition>> ListCollectionsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IDocumentCollection Collection(string name) => throw new NotSupportedException();

    public Task<IStoreTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) => Task.FromResult(0L);

    public IAsyncEnumerable<long> WatchRevisionAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
