using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using Xunit;

namespace ErpCode.Storage.Conformance;

/// <summary>
/// The behaviour every document store backend must show, written once. Each backend's test project subclasses
/// it and supplies a fresh, empty store per test; a backend that cannot run a case overrides it with a skip
/// and the reason. The cases live in partial files by capability.
/// </summary>
public abstract partial class DocumentStoreConformanceTests : IAsyncLifetime
{
    private readonly List<IDocumentStore> _extraStores = [];
    private IDocumentStore? _store;

    protected IDocumentStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store that belongs to this test only.</summary>
    protected abstract Task<IDocumentStore> CreateStoreAsync();

    /// <summary>A second instance over the same data as <paramref name="store"/>, as another server node would open it.</summary>
    protected abstract Task<IDocumentStore> OpenSameStoreAsync(IDocumentStore store);

    /// <summary>Removes what <see cref="CreateStoreAsync"/> made (file, database).</summary>
    protected virtual Task DeleteStoreAsync(IDocumentStore store) => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        _store = await CreateStoreAsync();
        await _store.InitializeAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var extra in _extraStores)
        {
            await extra.DisposeAsync();
        }

        if (_store is not null)
        {
            await DeleteStoreAsync(_store);
            await _store.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Skips the calling test, with the store's own reason, where the store cannot run multi-document transactions.</summary>
    protected async Task RequireTransactionsAsync()
    {
        try
        {
            var probe = await Store.BeginTransactionAsync(Ct);
            await probe.DisposeAsync();
        }
        catch (TransactionsNotSupportedException ex)
        {
            Assert.Skip(ex.Message);
        }
    }

    protected async Task<IDocumentStore> OpenSecondNodeAsync()
    {
        var second = await OpenSameStoreAsync(Store);
        _extraStores.Add(second);
        await second.InitializeAsync(Ct);
        return second;
    }

    protected async Task<IDocumentCollection> CollectionAsync(string name = "items", Func<CollectionDefinition, CollectionDefinition>? configure = null)
    {
        var definition = new CollectionDefinition(name);
        if (configure is not null)
        {
            definition = configure(definition);
        }

        await Store.EnsureCollectionAsync(definition, Ct);
        return Store.Collection(name);
    }

    protected static DocumentValue Body(params (string Name, DocValue Value)[] fields) => DocumentValue.Create(fields);

    protected static NewDocument Doc(string id, params (string Name, DocValue Value)[] fields) => new(id, DocumentValue.Create(fields));

    protected static async Task<List<string>> IdsAsync(IDocumentCollection collection, ErpCode.Core.Storage.Queries.Query query)
    {
        var result = await collection.QueryAsync(query, Ct);
        return [.. result.Documents.Select(d => d.Id)];
    }
}
