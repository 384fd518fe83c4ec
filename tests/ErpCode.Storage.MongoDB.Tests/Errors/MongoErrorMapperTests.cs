using System.Net;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Errors;
using ErpCode.Storage.MongoDB.Errors;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.Core.Clusters;
using MongoDB.Driver.Core.Connections;
using MongoDB.Driver.Core.Servers;

namespace ErpCode.Storage.MongoDB.Tests.Errors;

public sealed class MongoErrorMapperTests
{
    private const string Store = "mongodb://h1:27017,h2:27017/erp";

    private static readonly ConnectionId Connection = new(new ServerId(new ClusterId(), new DnsEndPoint("h1", 27017)));

    private static readonly MongoErrorContext Context = new(Store, "invoices", "I3");

    private static MongoCommandException CommandError(int code, string codeName, string message) =>
        new(Connection, message, new BsonDocument("insert", "invoices"), new BsonDocument { { "ok", 0 }, { "code", code }, { "codeName", codeName }, { "errmsg", message } });

    [Fact]
    public void Duplicate_key_on_the_id_index_maps_to_duplicate_document()
    {
        // Act
        var mapped = MongoErrorMapper.MapServerError(11000, null, "E11000 duplicate key error collection: erp.invoices index: _id_ dup key: { _id: \"I3\" }", Context, null);

        // Assert
        var duplicate = Assert.IsType<DuplicateDocumentException>(mapped);
        Assert.Equal(("invoices", "I3"), (duplicate.Collection, duplicate.DocumentId));
    }

    [Fact]
    public void Duplicate_key_on_a_declared_index_maps_to_unique_constraint_with_the_declared_name()
    {
        // Act
        var mapped = MongoErrorMapper.MapServerError(11000, null, "E11000 duplicate key error collection: erp.invoices index: erp_byNumber dup key: { number: \"INV-001\" }", Context, null);

        // Assert
        var unique = Assert.IsType<UniqueConstraintException>(mapped);
        Assert.Equal(("invoices", "byNumber", "I3"), (unique.Collection, unique.IndexName, unique.DocumentId));
    }

    [Fact]
    public void Duplicate_key_in_a_bulk_write_names_the_document_at_the_error_index()
    {
        // Arrange
        var context = Context with { BatchIds = ["D000", "D001", "D050"] };

        // Act
        var mapped = MongoErrorMapper.MapServerError(11000, null, "E11000 duplicate key error collection: erp.items index: _id_ dup key: { _id: \"D050\" }", context, null, batchIndex: 2);

        // Assert
        Assert.Equal("D050", Assert.IsType<DuplicateDocumentException>(mapped).DocumentId);
    }

    [Fact]
    public void Duplicate_key_from_a_command_such_as_find_and_modify_or_create_indexes_is_mapped()
    {
        // Arrange
        var error = CommandError(11000, "DuplicateKey", "Index build failed: 7c3e: Collection erp.items ( 1b2f ) :: caused by :: E11000 duplicate key error collection: erp.items index: erp_byCode dup key: { code: \"same\" }");

        // Act
        var mapped = MongoErrorMapper.TryMap(error, Context, out var exception);

        // Assert
        Assert.True(mapped);
        Assert.Equal("byCode", Assert.IsType<UniqueConstraintException>(exception).IndexName);
        Assert.Same(error, exception.InnerException);
    }

    [Theory]
    [InlineData("E11000 duplicate key error collection: db.c index: erp_code dup key: { code: 1 }", "erp_code")]
    [InlineData("E11000 duplicate key error index: test.items.$_id_ dup key: { : \"A\" }", "_id_")]
    [InlineData("E11000 duplicate key error collection: db.c index: _id_ dup key: { _id: 1 }", "_id_")]
    [InlineData("something else", null)]
    public void DuplicateKeyIndex_reads_the_index_name_of_every_server_version(string message, string? expected) =>
        Assert.Equal(expected, MongoErrorMapper.DuplicateKeyIndex(message));

    [Theory]
    [InlineData(10334, null)]
    [InlineData(17419, null)]
    [InlineData(17420, null)]
    [InlineData(2, "BSONObjectTooLarge")]
    public void Too_large_results_map_to_document_too_large(int code, string? codeName)
    {
        // Act
        var mapped = MongoErrorMapper.MapServerError(code, codeName, "Resulting document after update is larger than 16777216", Context with { DocumentSize = 20_000_000 }, null);

        // Assert
        var tooLarge = Assert.IsType<DocumentTooLargeException>(mapped);
        Assert.Equal(("I3", 20_000_000L, StoreLimits.MaxDocumentBytes), (tooLarge.DocumentId, tooLarge.SizeInBytes, tooLarge.LimitInBytes));
    }

    [Fact]
    public void Path_not_viable_maps_to_invalid_patch_naming_the_field()
    {
        // Act
        var mapped = MongoErrorMapper.MapServerError(28, "PathNotViable", "Cannot create field 'inner' in element {s: \"text\"}", Context, null);

        // Assert
        var patch = Assert.IsType<InvalidPatchException>(mapped);
        Assert.Equal(("inner", "I3"), (patch.Path, patch.DocumentId));
    }

    [Fact]
    public void Write_conflict_maps_to_store_busy()
    {
        // Act
        var mapped = MongoErrorMapper.MapServerError(112, "WriteConflict", "WriteConflict error", Context, null);

        // Assert
        Assert.Equal(Store, Assert.IsType<StoreBusyException>(mapped).Store);
    }

    [Fact]
    public void No_such_transaction_maps_to_transaction_state() =>
        Assert.IsType<TransactionStateException>(MongoErrorMapper.MapServerError(251, "NoSuchTransaction", "Transaction 3 has been aborted.", Context, null));

    [Fact]
    public void Transaction_numbers_on_a_standalone_server_map_to_transactions_not_supported()
    {
        // Act
        var mapped = MongoErrorMapper.MapServerError(20, "IllegalOperation", "Transaction numbers are only allowed on a replica set member or mongos", Context, null);

        // Assert
        var ex = Assert.IsType<TransactionsNotSupportedException>(mapped);
        Assert.Contains("replica set", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10107, "NotWritablePrimary")]
    [InlineData(189, "PrimarySteppedDown")]
    [InlineData(91, "ShutdownInProgress")]
    public void Lost_primary_maps_to_store_unavailable(int code, string codeName) =>
        Assert.Equal(Store, Assert.IsType<StoreUnavailableException>(MongoErrorMapper.MapServerError(code, codeName, "not primary", Context, null)).Store);

    [Fact]
    public void An_unknown_server_error_is_left_alone()
    {
        // Act
        var mapped = MongoErrorMapper.TryMap(CommandError(2, "BadValue", "bad value"), Context, out var exception);

        // Assert
        Assert.False(mapped);
        Assert.Null(exception);
    }

    [Fact]
    public void Server_selection_timeout_maps_to_store_unavailable_naming_the_hosts()
    {
        // Arrange
        var timeout = new TimeoutException("A timeout occurred after 100ms selecting a server using CompositeServerSelector.");

        // Act
        MongoErrorMapper.TryMap(timeout, Context, out var mapped);

        // Assert
        var unavailable = Assert.IsType<StoreUnavailableException>(mapped);
        Assert.Equal(Store, unavailable.Store);
        Assert.Contains(Store, unavailable.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:ConnectTimeout", unavailable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Authentication_failure_maps_to_store_unavailable_saying_so()
    {
        // Arrange
        var failure = new MongoConnectionException(Connection, "An exception occurred while opening a connection to the server.", new MongoAuthenticationException(Connection, "Unable to authenticate using sasl protocol mechanism SCRAM-SHA-256."));

        // Act
        MongoErrorMapper.TryMap(failure, Context, out var mapped);
        MongoErrorMapper.TryMap(new MongoAuthenticationException(Connection, "bad"), Context, out var direct);

        // Assert
        Assert.Contains("authentication failed", Assert.IsType<StoreUnavailableException>(mapped).Message, StringComparison.Ordinal);
        Assert.Contains("authentication failed", Assert.IsType<StoreUnavailableException>(direct).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connection_failure_maps_to_store_unavailable()
    {
        // Act
        MongoErrorMapper.TryMap(new MongoConnectionException(Connection, "connection refused"), Context, out var mapped);

        // Assert
        Assert.Equal(Store, Assert.IsType<StoreUnavailableException>(mapped).Store);
    }

    [Fact]
    public void A_store_exception_is_not_mapped_again() =>
        Assert.False(MongoErrorMapper.TryMap(new DocumentNotFoundException("items", "A"), Context, out _));
}
