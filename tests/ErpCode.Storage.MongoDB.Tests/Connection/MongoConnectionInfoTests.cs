using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Errors;
using ErpCode.Storage.MongoDB.Connection;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Tests.Connection;

public sealed class MongoConnectionInfoTests
{
    [Fact]
    public void Description_names_hosts_and_database_but_never_credentials()
    {
        // Act
        var info = MongoConnectionInfo.Parse(new StorageOptions { Provider = "MongoDB", ConnectionString = "mongodb://user:secret@h1:27017,h2/db?replicaSet=rs0" });

        // Assert
        Assert.Equal("mongodb://h1:27017,h2:27017/db", info.Description);
        Assert.DoesNotContain("secret", info.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("user", info.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mongodb://h1/fromUrl", null, "fromUrl")]
    [InlineData("mongodb://h1/fromUrl", "fromOptions", "fromOptions")]
    [InlineData("mongodb://h1", null, "erpcode")]
    [InlineData("mongodb://h1/", "  ", "erpcode")]
    public void Database_comes_from_the_options_then_the_url_then_the_default(string url, string? database, string expected)
    {
        // Act
        var info = MongoConnectionInfo.Parse(new StorageOptions { ConnectionString = url, Database = database });

        // Assert
        Assert.Equal(expected, info.DatabaseName);
        Assert.EndsWith("/" + expected, info.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Connect_timeout_bounds_server_selection()
    {
        // Act
        var info = MongoConnectionInfo.Parse(new StorageOptions { ConnectionString = "mongodb://h1", ConnectTimeout = TimeSpan.FromMilliseconds(1500) });

        // Assert
        Assert.Equal(TimeSpan.FromMilliseconds(1500), info.Settings.ServerSelectionTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), info.Settings.ConnectTimeout);
    }

    [Fact]
    public void An_invalid_url_is_refused_without_repeating_the_password()
    {
        // Act
        var ex = Assert.Throws<StoreUnavailableException>(() =>
            MongoConnectionInfo.Parse(new StorageOptions { ConnectionString = "mongodb://user:secret@h1:notaport/db" }));

        // Assert
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.InnerException);
    }

    [Fact]
    public void Redact_removes_the_connection_string_and_user_info() =>
        Assert.Equal(
            "The connection string '(the connection string)' is not valid; seen mongodb://***@h2",
            MongoConnectionInfo.Redact("The connection string 'mongodb://u:p@h1' is not valid; seen mongodb://a:b@h2", "mongodb://u:p@h1"));

    [Fact]
    public void Topology_comes_from_the_hello_reply()
    {
        var replicaSet = ServerTopology.FromHello(BsonDocument.Parse("{ isWritablePrimary: true, setName: 'rs0' }"));
        var mongos = ServerTopology.FromHello(BsonDocument.Parse("{ isWritablePrimary: true, msg: 'isdbgrid' }"));
        var standalone = ServerTopology.FromHello(BsonDocument.Parse("{ isWritablePrimary: true }"));

        Assert.True(replicaSet.SupportsTransactions);
        Assert.True(mongos.SupportsTransactions);
        Assert.False(standalone.SupportsTransactions);
        Assert.False(standalone.SupportsChangeStreams);
        Assert.Equal("replica set 'rs0'", replicaSet.Kind);
    }
}
