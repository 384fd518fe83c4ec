using System.Diagnostics;
using System.Globalization;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Storage.Sqlite;

namespace ErpCode.Benchmarks.OData;

/// <summary>
/// The store side of the OData figures, on the file of the running server (SQLite takes one more reader, and one more
/// writer between the server's transactions):
/// <list type="bullet">
/// <item><c>seed-store COUNT CONNECTION</c>: copies the first sale order the server wrote (POST one through <c>odata seed 1</c>
/// first) with new ids (<c>SO-L0000001</c>…, apart from the server's counter) and spread order dates, 1,000 per
/// transaction, until SaleOrder holds COUNT. The copies have no history entries; they are for reading.</item>
/// <item>the store baseline of <c>odata query</c>: the query the OData layer sends for the page asked for, run
/// straight on the store by as many clients.</item>
/// </list>
/// </summary>
public static class ODataStoreRun
{
    private const string Collection = "SaleOrder";

    public static async Task<int> SeedAsync(string connection, int count)
    {
        await using var store = await OpenAsync(connection);
        var orders = store.Collection(Collection);
        var first = (await orders.QueryAsync(new Query { Take = 1 })).Documents;
        var template = first.Count > 0 ? first[0] : throw new InvalidOperationException("The site has no SaleOrder yet: run 'odata seed 1' against the server first.");
        var existing = await orders.CountAsync();
        var watch = Stopwatch.StartNew();
        var written = 0;
        for (var next = existing; next < count;)
        {
            var chunk = (int)Math.Min(1_000, count - next);
            await using (var transaction = await store.BeginTransactionAsync())
            {
                await transaction.Collection(Collection).InsertManyAsync(Enumerable.Range((int)next, chunk).Select(i => Copy(template, i)));
                await transaction.CommitAsync();
            }

            next += chunk;
            written += chunk;
            if (written % 20_000 == 0)
            {
                Console.WriteLine($"{written} copies, {written / watch.Elapsed.TotalSeconds:F0}/s");
            }
        }

        Console.WriteLine($"Copied {written} sale orders into the store in {watch.Elapsed.TotalSeconds:F1} s; SaleOrder holds {await orders.CountAsync()}.");
        return 0;
    }

    /// <summary>The store query the OData layer sends for <c>$filter=Customer eq '…'&amp;$orderby=OrderDate desc&amp;$top=50</c>.</summary>
    public static Query ByCustomer(string customer) =>
        Query.Where(Filter.Eq(FieldPath.Parse("Customer"), customer)).OrderBy(SortField.Desc("OrderDate")).Page(50);

    /// <summary>The store query the OData layer sends for <c>$filter=OrderDate ge …&amp;$orderby=OrderDate&amp;$top=50</c>.</summary>
    public static Query FromDate(DateOnly from) =>
        Query.Where(Filter.Ge(FieldPath.Parse("OrderDate"), from)).OrderBy(SortField.Asc("OrderDate")).Page(50);

    /// <summary>The latencies of <paramref name="query"/> on SaleOrder, by <paramref name="clients"/> clients for <paramref name="seconds"/>.</summary>
    public static async Task<(List<double> Latencies, double Seconds)> QueryAsync(string connection, Query query, int clients, int seconds)
    {
        await using var store = await OpenAsync(connection);
        var orders = store.Collection(Collection);
        await orders.QueryAsync(query); // warm-up, as the HTTP run has one
        var latencies = new List<double>[clients];
        var stop = DateTime.UtcNow.AddSeconds(seconds);
        var watch = Stopwatch.StartNew();
        // One thread per client, as the server has one request per connection in flight: the store's queries complete
        // synchronously, so clients on pool tasks would wait for the pool to grow and run fewer at once than asked.
        var threads = Enumerable.Range(0, clients).Select(client => new Thread(() =>
        {
            latencies[client] = [];
            while (DateTime.UtcNow < stop)
            {
                var started = Stopwatch.GetTimestamp();
                var page = orders.QueryAsync(query).GetAwaiter().GetResult();
                if (page.Documents.Count == 0)
                {
                    throw new InvalidOperationException($"The store query found no SaleOrder: {query}.");
                }

                latencies[client].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return ([.. latencies.SelectMany(l => l).Order()], watch.Elapsed.TotalSeconds);
    }

    private static async Task<SqliteDocumentStore> OpenAsync(string connection)
    {
        var store = new SqliteDocumentStore(new StorageOptions { ConnectionString = connection });
        await store.InitializeAsync();
        return store;
    }

    private static NewDocument Copy(StoredDocument template, int index)
    {
        var date = new DateOnly(2020, 1, 1).AddDays(index % 2_000);
        var body = template.Body.With("OrderDate", new DateValue(date));
        return new NewDocument("SO-L" + (index + 1).ToString("D7", CultureInfo.InvariantCulture), body, Collection);
    }
}
