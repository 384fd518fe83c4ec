using ErpCode.Core.Storage;
using ErpCode.Storage.Conformance;
using ErpCode.Storage.MongoDB.Tests.TestSupport;
using MongoDB.Driver;

namespace ErpCode.Storage.MongoDB.Tests;

/// <summary>
/// The store conformance suite on MongoDB, each test in a fresh database <c>erpcode_test_&lt;guid&gt;</c> dropped
/// afterwards. Runs only when <c>ERPCODE_TEST_MONGODB</c> holds a connection string; the transaction and change
/// stream cases need a replica set (a single-node one is enough).
/// </summary>
public sealed class MongoDocumentStoreConformanceTests : DocumentStoreConformanceTests
{
    protected override Task<IDocumentStore> CreateStoreAsync()
    {
        var connectionString = MongoTestServer.RequireConnectionString();

        return Task.FromResult<IDocumentStore>(new MongoDocumentStore(Options(connectionString, "erpcode_test_" + Guid.NewGuid().ToString("N"))));
    }

    protected override Task<IDocumentStore> OpenSameStoreAsync(IDocumentStore store) =>
        Task.FromResult<IDocumentStore>(new MongoDocumentStore(Options(MongoTestServer.ConnectionString!, ((MongoDocumentStore)store).DatabaseName)));

    protected override async Task DeleteStoreAsync(IDocumentStore store)
    {
        using var client = new MongoClient(MongoTestServer.ConnectionString);
        await client.DropDatabaseAsync(((MongoDocumentStore)store).DatabaseName, CancellationToken.None);
    }

    private static StorageOptions Options(string connectionString, string database) => new()
    {
        Provider = MongoDocumentStore.ProviderName,
        ConnectionString = connectionString,
        Database = database,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    };
}
