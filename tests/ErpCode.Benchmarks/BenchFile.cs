using ErpCode.Core.Storage;
using ErpCode.Storage.Sqlite;
using ErpCode.Storage.Sqlite.Keys;
using Microsoft.Data.Sqlite;

namespace ErpCode.Benchmarks;

/// <summary>
/// A store file of its own under the temp folder, opened both through the store and, for the hand-written
/// baselines, through plain pooled Microsoft.Data.Sqlite connections with the store's SQL functions.
/// </summary>
internal sealed class BenchFile : IAsyncDisposable
{
    private BenchFile(string folder, SqliteDocumentStore store)
    {
        Folder = folder;
        Store = store;
        // Its own pool (the string differs from the store's), the way separate hand-written code would connect.
        RawConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = store.FilePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
        }.ToString();
    }

    public string Folder { get; }

    public SqliteDocumentStore Store { get; }

    public IDocumentCollection Collection => Store.Collection(SaleOrders.CollectionName);

    public string RawConnectionString { get; }

    /// <summary>Creates the folder, the store file and the empty sale_orders collection with its indexes.</summary>
    public static async Task<BenchFile> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "erpcode-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = new SqliteDocumentStore(new StorageOptions { ConnectionString = $"Data Source={Path.Combine(folder, "bench.db")}" });
        await store.EnsureCollectionAsync(SaleOrders.Definition);
        return new BenchFile(folder, store);
    }

    /// <summary>A pooled connection with erp_key and erp_match registered, as any code touching the indexes needs.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(RawConnectionString);
        connection.Open();
        SqlFunctions.Register(connection);
        return connection;
    }

    /// <summary>Moves the write-ahead log into the main file, so every benchmark starts from the same state.</summary>
    public void Checkpoint()
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        command.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        using (var connection = new SqliteConnection(RawConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(Folder, recursive: true);
    }
}
