using System.Runtime.CompilerServices;
using ErpCode.Core.Storage;
using ErpCode.Storage.Sqlite.Errors;
using ErpCode.Storage.Sqlite.Keys;
using Microsoft.Data.Sqlite;

namespace ErpCode.Storage.Sqlite.Connections;

/// <summary>
/// Opens connections to the store file: pooled, with the busy timeout, synchronous mode of Storage:Synchronous (FULL by default) and the
/// store's SQL functions.
/// </summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly ConditionalWeakTable<object, object> _preparedHandles = new();

    public SqliteConnectionFactory(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"Storage:ConnectionString is not a valid SQLite connection string: {ex.Message}", nameof(options), ex);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new ArgumentException("Storage:ConnectionString must name a file (Data Source=data/erpcode.db); an in-memory database would lose every document at stop.", nameof(options));
        }

        var baseDirectory = options.BaseDirectory ?? Directory.GetCurrentDirectory();
        FilePath = Path.GetFullPath(builder.DataSource, baseDirectory);
        builder.DataSource = FilePath;
        builder.Mode = builder.Mode == SqliteOpenMode.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate;
        builder.Pooling = true;
        builder.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds));
        _connectionString = builder.ToString();
        Context = new SqliteStoreContext($"'{FilePath}' (SQLite)", options.BusyTimeout);
        BusyTimeout = options.BusyTimeout;
        Synchronous = options.Synchronous switch
        {
            "Full" => "FULL",
            "Normal" => "NORMAL",
            _ => throw new ArgumentException($"Storage:Synchronous must be Full or Normal, not '{options.Synchronous}'.", nameof(options)),
        };
    }

    public string FilePath { get; }

    public SqliteStoreContext Context { get; }

    public TimeSpan BusyTimeout { get; }

    /// <summary>The SQLite synchronous mode from <c>Storage:Synchronous</c>: FULL or NORMAL.</summary>
    public string Synchronous { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Microsoft.Data.Sqlite drops a connection object's functions from the native handle when it goes back
            // to the pool, so they are registered on every open; pragmas stay with the handle and are set once.
            SqlFunctions.Register(connection);
            var handle = connection.Handle!;
            if (!_preparedHandles.TryGetValue(handle, out _))
            {
                using var pragma = connection.CreateCommand();
                pragma.CommandText = $"PRAGMA busy_timeout = {(long)BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = {Synchronous}; PRAGMA foreign_keys = OFF;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
                _preparedHandles.AddOrUpdate(handle, handle);
            }

            return connection;
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync();
            throw SqliteErrorMapper.Map(ex, Context);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Creates the folder of the file when it is missing, so a first start needs no setup.</summary>
    public void EnsureDirectory()
    {
        var directory = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
