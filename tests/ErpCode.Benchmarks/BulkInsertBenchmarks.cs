using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;
using ErpCode.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace ErpCode.Benchmarks;

/// <summary>
/// 100,000 sale orders into an empty collection (its type, parent and two erp_key expression indexes in place),
/// one transaction. Each iteration gets a fresh file; the baseline inserts the same rows by hand with one
/// prepared INSERT and JSON produced beforehand by TypedJson, so it measures the write path alone.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BulkInsertBenchmarks
{
    private static readonly string InsertSql = $"INSERT INTO \"doc_{SaleOrders.CollectionName}\" ({SqlQueryBuilder.Columns}) VALUES ($id, $type, $parent, 1, $body)";

    private const string TwinTable = "twin_orders";

    /// <summary>The store's table and index shapes, with native JSON expressions where the store uses erp_key.</summary>
    private const string TwinTableSql = $"""
        CREATE TABLE {TwinTable} (id TEXT PRIMARY KEY, type TEXT, parent TEXT, version INTEGER NOT NULL, body TEXT NOT NULL) STRICT;
        CREATE INDEX {TwinTable}_type ON {TwinTable} (type);
        CREATE INDEX {TwinTable}_parent ON {TwinTable} (parent);
        CREATE INDEX {TwinTable}_byStatusTotal ON {TwinTable} ((body ->> '$.status'), (body -> '$.total'), id);
        CREATE INDEX {TwinTable}_byCustomer ON {TwinTable} ((body ->> '$.customer.name'), id);
        """;

    private List<NewDocument> _documents = [];
    private string[] _json = [];
    private BenchFile? _file;

    [GlobalSetup]
    public void Setup()
    {
        _documents = SaleOrders.Generate(StoreBenchmarks.DocumentCount);
        _json = [.. _documents.Select(d => TypedJson.Serialize(d.Body))];
    }

    [IterationSetup]
    public void CreateEmptyFile()
    {
        _file = BenchFile.CreateAsync().GetAwaiter().GetResult();
        using var connection = _file.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = TwinTableSql;
        command.ExecuteNonQuery();
    }

    [IterationCleanup]
    public void DeleteFile()
    {
        _file?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _file = null;
    }

    /// <summary>The store: check, encode and insert every document in one transaction.</summary>
    [Benchmark]
    public Task<int> BulkInsert100k() => _file!.Collection.InsertManyAsync(_documents);

    /// <summary>By hand: one transaction, one prepared INSERT reused for every row, JSON encoded beforehand.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> HandWrittenSql_BulkInsert100k()
    {
        await using var connection = _file!.OpenRaw();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var type = command.Parameters.Add("$type", SqliteType.Text);
        var parent = command.Parameters.Add("$parent", SqliteType.Text);
        var body = command.Parameters.Add("$body", SqliteType.Text);
        await command.PrepareAsync();
        for (var i = 0; i < _documents.Count; i++)
        {
            var document = _documents[i];
            id.Value = document.Id;
            type.Value = (object?)document.Type ?? DBNull.Value;
            parent.Value = (object?)document.ParentId ?? DBNull.Value;
            body.Value = _json[i];
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return _documents.Count;
    }

    /// <summary>
    /// By hand as the store writes today: a new command (so a new prepared statement) per row. The gap to the
    /// baseline is the cost of re-preparing the INSERT 100,000 times.
    /// </summary>
    [Benchmark]
    public async Task<int> HandWrittenSql_BulkInsert100k_CommandPerRow()
    {
        await using var connection = _file!.OpenRaw();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        for (var i = 0; i < _documents.Count; i++)
        {
            var document = _documents[i];
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = InsertSql;
            command.Parameters.AddWithValue("$id", document.Id);
            command.Parameters.AddWithValue("$type", (object?)document.Type ?? DBNull.Value);
            command.Parameters.AddWithValue("$parent", (object?)document.ParentId ?? DBNull.Value);
            command.Parameters.AddWithValue("$body", _json[i]);
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return _documents.Count;
    }

    /// <summary>
    /// By hand into a twin table whose two body indexes use SQLite's native <c>-&gt;</c>/<c>-&gt;&gt;</c> instead of
    /// the managed <c>erp_key</c> callback (same columns, same index shapes): the gap to the baseline is what the
    /// erp_key calls cost on insert (three per row).
    /// </summary>
    [Benchmark]
    public async Task<int> HandWrittenSql_BulkInsert100k_NativeJsonIndexes()
    {
        await using var connection = _file!.OpenRaw();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {TwinTable} ({SqlQueryBuilder.Columns}) VALUES ($id, $type, $parent, 1, $body)";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var type = command.Parameters.Add("$type", SqliteType.Text);
        var parent = command.Parameters.Add("$parent", SqliteType.Text);
        var body = command.Parameters.Add("$body", SqliteType.Text);
        await command.PrepareAsync();
        for (var i = 0; i < _documents.Count; i++)
        {
            var document = _documents[i];
            id.Value = document.Id;
            type.Value = (object?)document.Type ?? DBNull.Value;
            parent.Value = (object?)document.ParentId ?? DBNull.Value;
            body.Value = _json[i];
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return _documents.Count;
    }

    /// <summary>No file at all: the checks and the typed JSON encoding the store does before writing (its CPU share).</summary>
    [Benchmark]
    public int EncodeOnly100k()
    {
        var bytes = 0;
        foreach (var document in _documents)
        {
            DocumentChecker.CheckEnvelope(SaleOrders.Definition, document);
            DocumentChecker.Check(SaleOrders.Definition, document.Id, document.Body);
            bytes += Encoding.UTF8.GetString(TypedJson.SerializeToUtf8(document.Body)).Length;
        }

        return bytes;
    }
}
