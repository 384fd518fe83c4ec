using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Queries;
using ErpCode.Storage.Sqlite.Keys;
using ErpCode.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace ErpCode.Storage.Sqlite.Tests.Queries;

/// <summary>Queries on declared indexes must reach SQLite as the exact indexed expression, or the index is ignored.</summary>
public sealed class IndexUsageTests : IAsyncLifetime
{
    private readonly string _path = SqliteTestFiles.NewPath();
    private readonly CollectionDefinition _orders = new CollectionDefinition("orders")
        .WithIndex("byStatus", "status")
        .WithIndex("byCustomerCity", "customer.city")
        .WithIndex("byTotal", "total");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await using var store = new SqliteDocumentStore(SqliteTestFiles.Options(_path));
        await store.EnsureCollectionAsync(_orders, Ct);
    }

    public ValueTask DisposeAsync()
    {
        SqliteTestFiles.Delete(_path);
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData("status", "byStatus")]
    [InlineData("customer.city", "byCustomerCity")]
    public async Task Equality_on_an_indexed_field_searches_its_index(string field, string index)
    {
        var plan = await ExplainAsync(new Query { Filter = Filter.Eq(field, "x") });

        Assert.Contains($"USING INDEX doc_orders__{index}", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_range_sorted_on_the_same_indexed_field_needs_no_sort_step(bool descending)
    {
        var sort = descending ? SortField.Desc("total") : SortField.Asc("total");

        var plan = await ExplainAsync(new Query { Filter = Filter.Gt("total", 100m) }.OrderBy(sort));

        Assert.Contains("USING INDEX doc_orders__byTotal", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Equality_sorted_by_id_needs_no_sort_step()
    {
        var plan = await ExplainAsync(new Query { Filter = Filter.Eq("status", "open") });

        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_sensitive_prefix_is_a_range_on_the_index()
    {
        var plan = await ExplainAsync(new Query { Filter = Filter.StartsWith("status", "con") });

        Assert.Contains("USING INDEX doc_orders__byStatus", plan, StringComparison.Ordinal);
    }

    private async Task<string> ExplainAsync(Query query)
    {
        var parameters = new SqlParameters();
        var sql = SqlQueryBuilder.Select(QueryPlan.Create(query.Page(50), _orders), parameters);
        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync(Ct);
        SqlFunctions.Register(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        parameters.CopyTo(command);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            lines.Add(reader.GetString(3));
        }

        return string.Join('\n', lines);
    }
}
