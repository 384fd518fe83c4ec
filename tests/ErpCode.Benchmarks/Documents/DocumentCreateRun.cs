using System.Diagnostics;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Benchmarks.Documents;

/// <summary>
/// A load generator for the document service (no BenchmarkDotNet): creates sale orders of 20 lines in rounds, with
/// one writer and with several concurrent writers, and reports documents per second (median of the rounds) next to
/// the same number of raw store inserts of the finished body. With <c>ERPCODE_BENCH_PHASES=1</c> it first prints the
/// time of one creation of a small document (a person), of an order without lines and of an order of 20 lines.
/// </summary>
internal static class DocumentCreateRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var perRound = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7;
        await using var site = await DocumentBenchSite.CreateAsync();
        await BenchDefinitions.InstallSalesAsync(site);
        var customer = await site.Documents.CreateAsync("Person", DocumentValue.Create(("Name", "Ann")), site.Caller);
        var input = BenchDefinitions.Order(customer.Id, 20);
        var sample = await site.Documents.CreateAsync("SaleOrder", input, site.Caller);
        var body = (await site.Store.Collection("SaleOrder").GetAsync(sample.Id)).Body;

        for (var i = 0; i < 300; i++)
        {
            await site.Documents.CreateAsync("SaleOrder", input, site.Caller);
        }

        if (Environment.GetEnvironmentVariable("ERPCODE_BENCH_PHASES") == "1")
        {
            var person = DocumentValue.Create(("Name", "Bob"));
            var noLines = BenchDefinitions.Order(customer.Id, 0);
            foreach (var (name, type, doc) in new[] { ("person", "Person", person), ("order0", "SaleOrder", noLines), ("order20", "SaleOrder", input) })
            {
                for (var r = 0; r < 3; r++)
                {
                    var rate = await RateAsync(500, 1, () => site.Documents.CreateAsync(type, doc, site.Caller));
                    Console.WriteLine($"{name}: {1000 / rate:0.000} ms");
                }
            }
        }

        foreach (var writers in new[] { 1, 2, 4 })
        {
            var service = new List<double>();
            var raw = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                service.Add(await RateAsync(perRound, writers, () => site.Documents.CreateAsync("SaleOrder", input, site.Caller)));
                raw.Add(await RateAsync(perRound, writers, async () =>
                {
                    var id = Guid.NewGuid().ToString("N");
                    await using var transaction = await site.Store.BeginTransactionAsync();
                    await transaction.Collection("SaleOrder").InsertAsync(new ErpCode.Core.Storage.Documents.NewDocument(id, body, "SaleOrder"));
                    await transaction.Collection("document_history").InsertAsync(new ErpCode.Core.Storage.Documents.NewDocument(Guid.NewGuid().ToString("N"), DocumentValue.Create(("sequence", 1)), "SaleOrder", id));
                    await transaction.CommitAsync();
                }));
            }

            var s = Median(service);
            var r = Median(raw);
            Console.WriteLine($"writers={writers}: document service {s:0} docs/s ({1000 / s * writers:0.00} ms each), raw store insert {r:0} docs/s; service/raw throughput {s / r:0.00}");
        }

        return 0;
    }

    private static async Task<double> RateAsync(int count, int writers, Func<Task> create)
    {
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < count / writers; i++)
            {
                await create();
            }
        })));
        return count / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
