using System.Runtime.CompilerServices;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Storage.MongoDB.Collections;
using ErpCode.Storage.MongoDB.Connection;
using ErpCode.Storage.MongoDB.Documents;
using ErpCode.Storage.MongoDB.Errors;
using ErpCode.Storage.MongoDB.Revisions;
using ErpCode.Storage.MongoDB.Transactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MongoDB.Driver;

namespace ErpCode.Storage.MongoDB;

/// <summary>
/// The MongoDB store: one collection per store collection, documents with their envelope (<c>_id</c>,
/// <c>_type</c>, <c>_parent</c>, <c>_v</c>) and body at the top level, definitions in <c>erp_collections</c> and the
/// site revision in <c>erp_meta</c>. Transactions and change streams need a replica set or a sharded cluster.
/// </summary>
public sealed class MongoDocumentStore : IDocumentStore
{
    public const string ProviderName = "MongoDB";

    private readonly MongoClient _client;
    private readonly MongoStoreContext _context;
    private readonly ILogger _logger;
    private readonly OneTimeInitialization _initialization = new();

    /// <summary>Creates the store without contacting the server; throws <see cref="StoreUnavailableException"/> when the connection string is not a MongoDB URL.</summary>
    public MongoDocumentStore(StorageOptions options, ILogger<MongoDocumentStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger ?? NullLogger<MongoDocumentStore>.Instance;
        var connection = MongoConnectionInfo.Parse(options);
        _client = new MongoClient(connection.Settings);
        _context = new MongoStoreContext(_client, connection, options, _logger);
        DatabaseName = connection.DatabaseName;
    }

    public string Provider => ProviderName;

    /// <summary>The hosts and database, as in <c>mongodb://h1:27017,h2:27017/erpcode</c>; never the user or password.</summary>
    public string Description => _context.Description;

    /// <summary>The database that holds the store's collections.</summary>
    public string DatabaseName { get; }

    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        _initialization.RunAsync(OpenAsync, cancellationToken);

    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        await _context.PingAsync(cancellationToken);
        var topology = await _context.GetTopologyAsync(cancellationToken);
        await _context.Catalog.EnsureMetaCollectionsAsync(cancellationToken);
        await _context.Catalog.ListAsync(cancellationToken);
        Log.StoreOpened(_logger, Description, topology.Kind);
        if (!topology.SupportsTransactions)
        {
            Log.StandaloneServer(_logger, Description);
        }
    }

    public async Task EnsureCollectionAsync(CollectionDefinition definition, CancellationToken cancellationToken = default)
    {
        CollectionCatalog.Check(definition);
        await InitializeAsync(cancellationToken);
        await _context.Catalog.EnsureAsync(definition, cancellationToken);
    }

    public Task<IReadOnlyList<CollectionDefinition>> ListCollectionsAsync(CancellationToken cancellationToken = default) =>
        _context.Catalog.ListAsync(cancellationToken);

    public IDocumentCollection Collection(string name)
    {
        CollectionName.Validate(name);
        return new MongoDocumentCollection(_context, name, transaction: null);
    }

    public async Task<IStoreTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        return await MongoStoreTransaction.BeginAsync(_context, cancellationToken);
    }

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) =>
        MongoCall.RunAsync(() => RevisionCounter.ReadAsync(_context.Meta, null, cancellationToken), _context.Errors());

    public IAsyncEnumerable<long> WatchRevisionAsync(CancellationToken cancellationToken = default) =>
        new RevisionWatcher(_context, GetRevisionAsync).WatchAsync(cancellationToken);

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _context.PingAsync(cancellationToken);
            var topology = await _context.GetTopologyAsync(cancellationToken);
            var revision = await GetRevisionAsync(cancellationToken);
            return new StoreHealth(true, Provider, Description, revision, null)
            {
                Details = new Dictionary<string, string>
                {
                    ["database"] = DatabaseName,
                    ["topology"] = topology.Kind,
                    ["transactions"] = topology.SupportsTransactions ? "yes" : "no (standalone server)",
                },
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var problem = ex is StorageException || !MongoErrorMapper.TryMap(ex, _context.Errors(), out var mapped)
                ? ex.Message
                : mapped.Message;
            Log.HealthCheckFailed(_logger, Description, problem);
            return new StoreHealth(false, Provider, Description, null, problem);
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        _context.Dispose();
        _initialization.Dispose();
        return ValueTask.CompletedTask;
    }
}
