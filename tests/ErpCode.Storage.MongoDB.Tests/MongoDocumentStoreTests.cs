using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;

namespace ErpCode.Storage.MongoDB.Tests;

/// <summary>What the store does without a server: configuration, naming, and failing clearly when MongoDB cannot be reached.</summary>
public sealed class MongoDocumentStoreTests
{
    // Nothing listens on port 1, so the connection is refused at once and server selection gives up after the timeout.
    private static StorageOptions Unreachable => new()
    {
        Provider = MongoDocumentStore.ProviderName,
        ConnectionString = "mongodb://erp:secret@127.0.0.1:1/erp?directConnection=true",
        ConnectTimeout = TimeSpan.FromMilliseconds(200),
        RevisionPollInterval = TimeSpan.FromMilliseconds(50),
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Description_names_hosts_and_database_without_credentials()
    {
        // Arrange
        await using var store = new MongoDocumentStore(new StorageOptions { ConnectionString = "mongodb://user:secret@h1:27017,h2/db" });

        // Act
        var description = store.Description;

        // Assert
        Assert.Equal("mongodb://h1:27017,h2:27017/db", description);
        Assert.DoesNotContain("secret", description, StringComparison.Ordinal);
        Assert.Equal(("MongoDB", "db"), (store.Provider, store.DatabaseName));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("system.indexes")]
    [InlineData("has space")]
    public async Task Collection_with_an_invalid_name_is_refused_naming_it(string name)
    {
        // Arrange
        await using var store = new MongoDocumentStore(Unreachable);

        // Act
        var ex = Assert.Throws<InvalidCollectionNameException>(() => store.Collection(name));

        // Assert
        Assert.Equal(name, ex.Name);
    }

    [Theory]
    [InlineData("erp_collections")]
    [InlineData("erp_meta")]
    public async Task Ensure_collection_refuses_the_names_of_the_stores_own_collections(string name)
    {
        // Arrange
        await using var store = new MongoDocumentStore(Unreachable);

        // Act
        var ex = await Assert.ThrowsAsync<InvalidCollectionNameException>(() => store.EnsureCollectionAsync(new CollectionDefinition(name), Ct));

        // Assert
        Assert.Equal(name, ex.Name);
    }

    [Fact]
    public async Task Initialize_without_a_server_throws_store_unavailable_naming_the_host_but_not_the_password()
    {
        // Arrange
        await using var store = new MongoDocumentStore(Unreachable);

        // Act
        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.InitializeAsync(Ct));

        // Assert
        Assert.Equal("mongodb://127.0.0.1:1/erp", ex.Store);
        Assert.Contains("127.0.0.1:1", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operations_without_a_server_throw_store_unavailable()
    {
        // Arrange
        await using var store = new MongoDocumentStore(Unreachable);

        // Act & Assert
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetRevisionAsync(Ct));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.BeginTransactionAsync(Ct));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.Collection("items").FindAsync("A", Ct));
    }

    [Fact]
    public async Task Health_check_without_a_server_reports_the_problem_instead_of_throwing()
    {
        // Arrange
        await using var store = new MongoDocumentStore(Unreachable);

        // Act
        var health = await store.CheckHealthAsync(Ct);

        // Assert
        Assert.False(health.IsHealthy);
        Assert.Equal(("MongoDB", "mongodb://127.0.0.1:1/erp"), (health.Provider, health.Description));
        Assert.Null(health.Revision);
        Assert.Contains("unavailable", health.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", health.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watching_the_revision_without_a_server_keeps_polling_until_cancelled()
    {
        // Arrange
        await using var store = new MongoDocumentStore(Unreachable);
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        watching.CancelAfter(TimeSpan.FromMilliseconds(600));
        var seen = new List<long>();

        // Act
        await foreach (var revision in store.WatchRevisionAsync(watching.Token))
        {
            seen.Add(revision);
        }

        // Assert
        Assert.Empty(seen);
        Assert.True(watching.IsCancellationRequested);
    }

    [Fact]
    public void A_connection_string_that_is_not_a_mongodb_url_is_refused_without_repeating_it()
    {
        // Act
        var ex = Assert.Throws<StoreUnavailableException>(() => new MongoDocumentStore(new StorageOptions { ConnectionString = "Data Source=data/erpcode.db;Password=secret" }));

        // Assert
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }
}
