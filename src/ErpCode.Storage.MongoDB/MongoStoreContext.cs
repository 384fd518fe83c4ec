using ErpCode.Core.Storage;
using ErpCode.Storage.MongoDB.Collections;
using ErpCode.Storage.MongoDB.Connection;
using ErpCode.Storage.MongoDB.Errors;
using Microsoft.Extensions.Logging;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ErpCode.Storage.MongoDB;

/// <summary>What the store's parts share: the client, the database, the catalog, the description and the server's topology.</summary>
internal sealed class MongoStoreContext : IDisposable
{
    private readonly SemaphoreSlim _topologyLock = new(1, 1);
    private ServerTopology? _topology;

    public MongoStoreContext(IMongoClient client, MongoConnectionInfo connection, StorageOptions options, ILogger logger)
    {
        Client = client;
        Database = client.GetDatabase(connection.DatabaseName);
        Description = connection.Description;
        Options = options;
        Logger = logger;
        Catalog = new CollectionCatalog(Database, Description, logger);
    }

    public IMongoClient Client { get; }

    public IMongoDatabase Database { get; }

    public string Description { get; }

    public StorageOptions Options { get; }

    public ILogger Logger { get; }

    public CollectionCatalog Catalog { get; }

    public IMongoCollection<BsonDocument> Meta => Database.GetCollection<BsonDocument>(MetaCollections.Meta);

    public IMongoCollection<BsonDocument> Documents(string name) => Database.GetCollection<BsonDocument>(name);

    public MongoErrorContext Errors(string? collection = null, string? documentId = null) => new(Description, collection, documentId);

    /// <summary>The deployment's kind, asked once with <c>hello</c> (or <c>isMaster</c> on servers before 4.4.2) and remembered.</summary>
    public async Task<ServerTopology> GetTopologyAsync(CancellationToken cancellationToken)
    {
        if (_topology is { } known)
        {
            return known;
        }

        await _topologyLock.WaitAsync(cancellationToken);
        try
        {
            _topology ??= await MongoCall.RunAsync(() => AskTopologyAsync(cancellationToken), Errors());
            return _topology;
        }
        finally
        {
            _topologyLock.Release();
        }
    }

    public Task PingAsync(CancellationToken cancellationToken) =>
        MongoCall.RunAsync(() => Database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken), Errors());

    public void Dispose() => _topologyLock.Dispose();

    private async Task<ServerTopology> AskTopologyAsync(CancellationToken cancellationToken)
    {
        var admin = Client.GetDatabase("admin");
        BsonDocument reply;
        try
        {
            reply = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("hello", 1), cancellationToken: cancellationToken);
        }
        catch (MongoCommandException ex) when (ex.Code == MongoErrorCodes.CommandNotFound)
        {
            reply = await admin.RunCommandAsync<BsonDocument>(new BsonDocument("isMaster", 1), cancellationToken: cancellationToken);
        }

        return ServerTopology.FromHello(reply);
    }
}
