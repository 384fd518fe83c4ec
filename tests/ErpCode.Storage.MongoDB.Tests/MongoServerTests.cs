using ErpCode.Core.Storage;
using ErpCode.Storage.MongoDB.Tests.TestSupport;
using MongoDB.Driver;

namespace ErpCode.Storage.MongoDB.Tests;

/// <summary>Opens the server named by <c>ERPCODE_TEST_MONGODB</c>, when there is one.</summary>
public sealed class MongoServerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_test_server_opens_and_reports_itself_healthy_at_revision_0()
    {
        // Arrange
        var connectionString = MongoTestServer.RequireConnectionString();

        var database = "erpcode_test_" + Guid.NewGuid().ToString("N");
        await using var store = new MongoDocumentStore(new StorageOptions { Provider = "MongoDB", ConnectionString = connectionString, Database = database });
        try
        {
            // Act
            await store.InitializeAsync(Ct);
            await store.InitializeAsync(Ct);
            var health = await store.CheckHealthAsync(Ct);

            // Assert
            Assert.True(health.IsHealthy, health.Problem);
            Assert.Equal(0, health.Revision);
            Assert.Equal(database, health.Details["database"]);
        }
        finally
        {
            using var client = new MongoClient(connectionString);
            await client.DropDatabaseAsync(database, CancellationToken.None);
        }
    }
}
