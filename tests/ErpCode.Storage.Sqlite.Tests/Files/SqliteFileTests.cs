using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using Microsoft.Data.Sqlite;

namespace ErpCode.Storage.Sqlite.Tests.Files;

/// <summary>What the embedded store does with its file: creating it, refusing damaged or foreign files, waiting for locks.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly string _path = SqliteTestFiles.NewPath();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => SqliteTestFiles.Delete(_path);

    [Fact]
    public async Task First_open_creates_the_folder_and_a_WAL_file_at_revision_0()
    {
        await using var store = new SqliteDocumentStore(SqliteTestFiles.Options(_path));

        await store.InitializeAsync(Ct);

        Assert.True(File.Exists(_path));
        Assert.Equal(0, await store.GetRevisionAsync(Ct));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task The_first_operation_opens_the_store_without_an_explicit_initialize()
    {
        await using var store = new SqliteDocumentStore(SqliteTestFiles.Options(_path));

        var ex = await Assert.ThrowsAsync<UnknownCollectionException>(() => store.Collection("items").FindAsync("A", Ct));

        Assert.Equal("items", ex.Collection);
        Assert.True(File.Exists(_path));
    }

    [Fact]
    public async Task A_relative_data_source_is_taken_from_the_base_directory()
    {
        var options = SqliteTestFiles.Options("ignored");
        options.ConnectionString = "Data Source=data/site.db";
        options.BaseDirectory = Path.GetDirectoryName(_path);
        await using var store = new SqliteDocumentStore(options);

        await store.InitializeAsync(Ct);

        Assert.Equal(Path.Combine(Path.GetDirectoryName(_path)!, "data", "site.db"), store.FilePath);
        Assert.True(File.Exists(store.FilePath));
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=x.db;Mode=Memory")]
    [InlineData("Data Source=")]
    public void A_connection_string_that_names_no_file_is_refused(string connectionString)
    {
        var options = SqliteTestFiles.Options(_path);
        options.ConnectionString = connectionString;

        var ex = Assert.Throws<ArgumentException>(() => new SqliteDocumentStore(options));

        Assert.Contains("Storage:ConnectionString", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_file_is_refused_naming_the_file_and_health_reports_it()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await File.WriteAllTextAsync(_path, new string('#', 8192), Ct);
        await using var store = new SqliteDocumentStore(SqliteTestFiles.Options(_path));

        var ex = await Assert.ThrowsAsync<StoreCorruptException>(() => store.InitializeAsync(Ct));
        var health = await store.CheckHealthAsync(Ct);

        Assert.Contains(_path, ex.Message, StringComparison.Ordinal);
        Assert.False(health.IsHealthy);
        Assert.Contains(_path, health.Problem, StringComparison.Ordinal);
        Assert.Equal(new string('#', 8192), await File.ReadAllTextAsync(_path, Ct));
    }

    [Fact]
    public async Task Another_applications_database_is_refused_and_left_untouched()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        await ExecuteAsync("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        await using var store = new SqliteDocumentStore(SqliteTestFiles.Options(_path));

        var ex = await Assert.ThrowsAsync<StoreCorruptException>(() => store.InitializeAsync(Ct));

        Assert.Contains("another application", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM sqlite_master WHERE name = 'erp_meta'"));
    }

    [Fact]
    public async Task A_file_written_by_a_newer_layout_is_refused()
    {
        await using (var store = new SqliteDocumentStore(SqliteTestFiles.Options(_path)))
        {
            await store.InitializeAsync(Ct);
        }

        await ExecuteAsync("UPDATE erp_meta SET value = 99 WHERE key = 'schema'");
        await using var reopened = new SqliteDocumentStore(SqliteTestFiles.Options(_path));

        var ex = await Assert.ThrowsAsync<StoreCorruptException>(() => reopened.InitializeAsync(Ct));

        Assert.Contains("newer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_waits_for_a_lock_held_elsewhere_then_fails_as_busy_and_writes_nothing()
    {
        await using var store = new SqliteDocumentStore(SqliteTestFiles.Options(_path, busyTimeout: TimeSpan.FromMilliseconds(300)));
        await store.EnsureCollectionAsync(new CollectionDefinition("items"), Ct);
        await using var locker = new SqliteConnection($"Data Source={_path};Pooling=False");
        await locker.OpenAsync(Ct);
        await using (var begin = locker.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync(Ct);
        }

        var ex = await Assert.ThrowsAsync<StoreBusyException>(() => store.Collection("items").InsertAsync(new NewDocument("A", DocumentValue.Create(("x", 1))), Ct));

        Assert.Contains(_path, ex.Message, StringComparison.Ordinal);
        await using (var rollback = locker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync(Ct);
        }

        Assert.Equal(0, await store.Collection("items").CountAsync(null, Ct));
    }

    [Fact]
    public async Task A_damaged_body_is_reported_as_corrupt_naming_the_document()
    {
        await using var store = new SqliteDocumentStore(SqliteTestFiles.Options(_path));
        await store.EnsureCollectionAsync(new CollectionDefinition("items"), Ct);
        await store.Collection("items").InsertAsync(new NewDocument("A", DocumentValue.Create(("x", 1))), Ct);
        await ExecuteAsync("UPDATE doc_items SET body = '{\"x\": {\"_money\": \"1\"}}' WHERE id = 'A'");

        var ex = await Assert.ThrowsAsync<StoreCorruptException>(() => store.Collection("items").GetAsync("A", Ct));

        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'items'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collection_names_that_differ_only_by_case_are_refused()
    {
        await using var store = new SqliteDocumentStore(SqliteTestFiles.Options(_path));
        await store.EnsureCollectionAsync(new CollectionDefinition("Orders"), Ct);

        var ex = await Assert.ThrowsAsync<InvalidCollectionNameException>(() => store.EnsureCollectionAsync(new CollectionDefinition("orders"), Ct));

        Assert.Contains("'Orders'", ex.Message, StringComparison.Ordinal);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }
}
