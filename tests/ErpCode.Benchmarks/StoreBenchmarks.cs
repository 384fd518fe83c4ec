using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Patches;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Storage.Sqlite;
using ErpCode.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace ErpCode.Benchmarks;

/// <summary>
/// Reads and writes on a file holding 100,000 sale orders, each against the same work written by hand with
/// Microsoft.Data.Sqlite on the same file. Each category is its own group with its own baseline, so the Ratio
/// column reads "store / hand-written". The global setup (per benchmark process) loads the file through
/// <see cref="IDocumentCollection.InsertManyAsync"/> and prints the SQL the baselines run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class StoreBenchmarks
{
    public const int DocumentCount = 100_000;

    private const string QueryCategory = "FilteredSortedQuery";
    private const string PointGetCategory = "PointGet";
    private const string UpdateCategory = "OptimisticUpdate";

    private static readonly string Table = "\"doc_" + SaleOrders.CollectionName + "\"";
    private static readonly string PointGetSql = $"SELECT {SqlQueryBuilder.Columns} FROM {Table} WHERE id = $id";
    private static readonly string UpdateSql = $"UPDATE {Table} SET body = json_set(body, '$.notes', $notes), version = version + 1 WHERE id = $id AND version = $expected";

    private BenchFile _file = null!;
    private IDocumentCollection _collection = null!;
    private string[] _ids = [];
    private int _next;

    private Query _query = null!;
    private string _querySql = string.Empty;
    private (string Name, object Value)[] _queryParameters = [];

    private string _updateId = string.Empty;
    private DocumentValue _updateBody = DocumentValue.Empty;
    private long _version;
    private long _counter;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _file = await BenchFile.CreateAsync();
        _collection = _file.Collection;
        var documents = SaleOrders.Generate(DocumentCount);
        var watch = Stopwatch.StartNew();
        var inserted = await _collection.InsertManyAsync(documents);
        Console.WriteLine($"// Loaded {inserted} documents through InsertManyAsync in {watch.Elapsed.TotalSeconds:F1} s into {_file.Store.FilePath}");
        _file.Checkpoint();

        var random = new Random(7);
        _ids = [.. documents.Select(d => d.Id)];
        random.Shuffle(_ids);
        _updateId = _ids[0];
        _updateBody = documents.First(d => d.Id == _updateId).Body;
        _version = 1;

        _query = Query.Where(Filter.Eq("status", "confirmed")).OrderBy(SortField.Desc("total")).Page(50);
        var plan = QueryPlan.Create(_query, SaleOrders.Definition);
        var parameters = new SqlParameters();
        _querySql = SqlQueryBuilder.Select(plan, parameters);
        using (var holder = new SqliteCommand())
        {
            parameters.CopyTo(holder);
            _queryParameters = [.. holder.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, p.Value!))];
        }

        Describe(documents);
        await CheckBaselinesAgreeAsync();
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _file.DisposeAsync();

    // ---- Filtered + sorted query: status = 'confirmed', total descending, 50 per page (51 rows fetched) ----

    /// <summary>The store's SELECT, run by hand: same SQL, same parameters, rows read and bodies parsed with JsonDocument.</summary>
    [BenchmarkCategory(QueryCategory)]
    [Benchmark(Baseline = true)]
    public async Task<int> HandWrittenSql()
    {
        await using var connection = _file.OpenRaw();
        using var command = QueryCommand(connection);
        var rows = new List<ParsedRow>(51);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(new ParsedRow(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.GetInt64(3),
                    JsonDocument.Parse(reader.GetString(4))));
            }
        }

        foreach (var row in rows)
        {
            row.Body.Dispose();
        }

        return rows.Count;
    }

    /// <summary>The same, reading each body as a string and not parsing it: the floor for any reader of this SQL.</summary>
    [BenchmarkCategory(QueryCategory)]
    [Benchmark]
    public async Task<int> HandWrittenSql_BodyStringOnly()
    {
        await using var connection = _file.OpenRaw();
        using var command = QueryCommand(connection);
        var rows = new List<RawRow>(51);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new RawRow(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt64(3),
                reader.GetString(4)));
        }

        return rows.Count;
    }

    /// <summary>The same, decoding each body with TypedJson from the string, as the store's ReadRow does: the store minus its plumbing.</summary>
    [BenchmarkCategory(QueryCategory)]
    [Benchmark]
    public async Task<int> HandWrittenSql_TypedJson()
    {
        await using var connection = _file.OpenRaw();
        using var command = QueryCommand(connection);
        var rows = new List<StoredDocument>(51);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new StoredDocument(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt64(3),
                (DocumentValue)TypedJson.Deserialize(reader.GetString(4))));
        }

        return rows.Count;
    }

    /// <summary>The same, reading each body as UTF-8 bytes (no string, no re-encoding) before TypedJson: the suggested ReadRow.</summary>
    [BenchmarkCategory(QueryCategory)]
    [Benchmark]
    public async Task<int> HandWrittenSql_TypedJsonUtf8()
    {
        await using var connection = _file.OpenRaw();
        using var command = QueryCommand(connection);
        var rows = new List<StoredDocument>(51);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new StoredDocument(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt64(3),
                (DocumentValue)TypedJson.Deserialize(reader.GetFieldValue<byte[]>(4))));
        }

        return rows.Count;
    }

    [BenchmarkCategory(QueryCategory)]
    [Benchmark]
    public async Task<int> FilteredSortedQuery()
    {
        var result = await _collection.QueryAsync(_query);
        return result.Documents.Count;
    }

    // ---- Point get by id ----

    [BenchmarkCategory(PointGetCategory)]
    [Benchmark(Baseline = true)]
    public async Task<long> HandWrittenSql_PointGet()
    {
        await using var connection = _file.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = PointGetSql;
        command.Parameters.AddWithValue("$id", NextId());
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException("The document is missing.");
        }

        using var body = JsonDocument.Parse(reader.GetString(4));
        var row = new ParsedRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3), body);
        return row.Version;
    }

    [BenchmarkCategory(PointGetCategory)]
    [Benchmark]
    public async Task<long> PointGet()
    {
        var document = await _collection.GetAsync(NextId());
        return document.Version;
    }

    // ---- Optimistic update of one document at its current version ----

    /// <summary>One UPDATE … json_set … WHERE id AND version: what hand-written optimistic code would send.</summary>
    [BenchmarkCategory(UpdateCategory)]
    [Benchmark(Baseline = true)]
    public async Task<long> HandWrittenSql_OptimisticUpdate()
    {
        await using var connection = _file.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = UpdateSql;
        command.Parameters.AddWithValue("$notes", NextNote());
        command.Parameters.AddWithValue("$id", _updateId);
        command.Parameters.AddWithValue("$expected", _version);
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InvalidOperationException("The version was stale.");
        }

        return ++_version;
    }

    /// <summary><see cref="IDocumentCollection.UpdateAsync"/>: one property set by a patch, at the tracked version.</summary>
    [BenchmarkCategory(UpdateCategory)]
    [Benchmark]
    public async Task<long> OptimisticUpdate()
    {
        var document = await _collection.UpdateAsync(_updateId, _version, DocumentPatch.Empty.Set("notes", NextNote()));
        return _version = document.Version;
    }

    /// <summary><see cref="IDocumentCollection.ReplaceAsync"/>: the whole body with one property changed, at the tracked version.</summary>
    [BenchmarkCategory(UpdateCategory)]
    [Benchmark]
    public async Task<long> OptimisticReplace()
    {
        var document = await _collection.ReplaceAsync(_updateId, _version, _updateBody.With("notes", NextNote()));
        return _version = document.Version;
    }

    private SqliteCommand QueryCommand(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = _querySql;
        foreach (var (name, value) in _queryParameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private string NextId()
    {
        var id = _ids[_next];
        _next = _next + 1 == _ids.Length ? 0 : _next + 1;
        return id;
    }

    private string NextNote() => "call before delivery #" + (++_counter).ToString(CultureInfo.InvariantCulture);

    private void Describe(List<NewDocument> documents)
    {
        var averageBytes = documents.Take(1_000).Average(d => TypedJson.SerializeToUtf8(d.Body).Length);
        Console.WriteLine($"// Average typed JSON body: {averageBytes:F0} bytes, {documents[0].Body.Count} top-level properties");
        Console.WriteLine($"// Baseline SQL: {_querySql}");
        foreach (var (name, value) in _queryParameters)
        {
            Console.WriteLine($"//   {name} = {(value is byte[] bytes ? "x'" + Convert.ToHexString(bytes) + "'" : Convert.ToString(value, CultureInfo.InvariantCulture))}");
        }

        using var connection = _file.OpenRaw();
        using (var plan = QueryCommand(connection))
        {
            plan.CommandText = "EXPLAIN QUERY PLAN " + _querySql;
            using var reader = plan.ExecuteReader();
            while (reader.Read())
            {
                Console.WriteLine($"//   plan: {reader.GetString(3)}");
            }
        }

        using var info = connection.CreateCommand();
        info.CommandText = $"SELECT sqlite_version(), (SELECT synchronous FROM pragma_synchronous), (SELECT journal_mode FROM pragma_journal_mode), (SELECT count(*) FROM {Table} WHERE erp_key(body -> '$.status') = erp_key('\"confirmed\"'))";
        using (var reader = info.ExecuteReader())
        {
            reader.Read();
            Console.WriteLine($"// SQLite {reader.GetString(0)}, synchronous={reader.GetInt64(1)}, journal_mode={reader.GetString(2)}, {reader.GetInt64(3)} confirmed orders");
        }
    }

    /// <summary>Refuses to measure baselines that do not return what the store returns.</summary>
    private async Task CheckBaselinesAgreeAsync()
    {
        var store = (await _collection.QueryAsync(_query)).Documents.Select(d => d.Id).ToList();
        var byHand = new List<string>();
        await using (var connection = _file.OpenRaw())
        {
            using var command = QueryCommand(connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                byHand.Add(reader.GetString(0));
            }
        }

        if (store.Count != 50 || byHand.Count != 51 || !store.SequenceEqual(byHand.Take(50)))
        {
            throw new InvalidOperationException($"The store returned {store.Count} documents and the hand-written SQL {byHand.Count} rows, not the same page.");
        }

        Console.WriteLine($"// Store and hand-written SQL agree on the page: {store[0]} … {store[^1]}");
    }

    private sealed record RawRow(string Id, string? Type, string? Parent, long Version, string Body);

    private sealed record ParsedRow(string Id, string? Type, string? Parent, long Version, JsonDocument Body);
}
