using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ErpCode.Benchmarks.OData;

/// <summary>
/// An HTTP load generator for the OData API of a running server (the issue's performance figures), with the site of
/// the shipped templates and seed (erp_trade's SaleOrders). Not a BenchmarkDotNet run; wire it into Program.cs as
/// <c>if (args[0] == "odata") return await OData.ODataLoadRun.RunAsync(args[1..]);</c> and run
/// <c>dotnet run -c Release --project tests/ErpCode.Benchmarks -- odata MODE SERVICE_ROOT USER PASSWORD [ARGS]</c>:
/// <list type="bullet">
/// <item><c>seed COUNT</c>: POSTs sale orders of 5 lines with 8 writers until the site holds COUNT (100000 for the issue).</item>
/// <item><c>query [SECONDS] [customer|date|URL] [--store CONNECTION]</c>: 8 clients GET a filtered, ordered page of 50 on an
/// indexed property (<c>customer</c>: Customer eq the first organisation, by OrderDate desc; <c>date</c>: OrderDate from
/// 2025-06-01, by OrderDate); median, p99, requests/s; with <c>--store</c>, then the same query straight on the server's
/// store file by 1 client and by 8 clients, and the ratios of the medians (see <see cref="ODataStoreRun"/>).</item>
/// <item><c>seed-store COUNT CONNECTION</c> (no server arguments): copies the first sale order in the store until it holds COUNT.</item>
/// <item><c>post [SECONDS]</c>: 8 clients POST sale orders of 5 lines; orders/s, median, p99.</item>
/// <item><c>metadata [ROUNDS]</c>: changes SaleOrder's description, then times the first $metadata (model rebuilt) and a second (cached).</item>
/// </list>
/// </summary>
public static class ODataLoadRun
{
    private const int Clients = 8;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 3 && args[0] == "seed-store")
        {
            return await ODataStoreRun.SeedAsync(args[2], int.Parse(args[1], CultureInfo.InvariantCulture));
        }

        if (args.Length < 4)
        {
            Console.Error.WriteLine("odata MODE SERVICE_ROOT USER PASSWORD [ARGS]; MODE is seed, query, post or metadata.");
            return 2;
        }

        var root = new Uri(args[1].EndsWith('/') ? args[1] : args[1] + "/");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients * 2 }) { BaseAddress = root, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = await BearerAsync(http, root, args[2], args[3]);
        var rest = args[4..];
        string? store = null;
        if (Array.IndexOf(rest, "--store") is var at and >= 0 && at + 1 < rest.Length)
        {
            store = rest[at + 1];
            rest = [.. rest[..at], .. rest[(at + 2)..]];
        }

        var site = await SiteIds.DiscoverAsync(http);
        return args[0] switch
        {
            "seed" => await SeedAsync(http, site, rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 100_000),
            "query" => await QueryAsync(http, site, Seconds(rest), rest.Length > 1 ? rest[1] : null, store),
            "post" => await PostsAsync(http, site, Seconds(rest)),
            "metadata" => await MetadataAsync(http, rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 20),
            _ => Unknown(args[0]),
        };
    }

    /// <summary>
    /// A token from <c>POST /auth/token</c>, as an integrator signs in: HTTP Basic verifies the password hash on every
    /// request (tens of milliseconds by design), which would be measured instead of the OData work.
    /// </summary>
    private static async Task<AuthenticationHeaderValue> BearerAsync(HttpClient http, Uri root, string user, string password)
    {
        var body = new JsonObject { ["userName"] = user, ["password"] = password };
        using var response = await Send(http, new HttpRequestMessage(HttpMethod.Post, new Uri(root, "/auth/token")) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") });
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();
        return new AuthenticationHeaderValue("Bearer", token);
    }

    private static int Seconds(string[] rest) => rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 30;

    private static int Unknown(string mode)
    {
        Console.Error.WriteLine($"Unknown mode '{mode}'; use seed, query, post or metadata.");
        return 2;
    }

    private static async Task<int> SeedAsync(HttpClient http, SiteIds site, int count)
    {
        var existing = long.Parse(await (await Send(http, new HttpRequestMessage(HttpMethod.Get, "SaleOrders/$count"))).Content.ReadAsStringAsync(), CultureInfo.InvariantCulture);
        var missing = (int)Math.Max(0, count - existing);
        var next = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= missing)
            {
                await Post(http, site, next);
                if (next % 5000 == 0)
                {
                    Console.WriteLine($"{next}/{missing} orders, {next / watch.Elapsed.TotalSeconds:F0}/s");
                }
            }
        }));
        Console.WriteLine($"Seeded {missing} orders in {watch.Elapsed.TotalSeconds:F1} s ({missing / Math.Max(watch.Elapsed.TotalSeconds, 0.001):F0}/s); the site holds {count}.");
        return 0;
    }

    private static async Task<int> QueryAsync(HttpClient http, SiteIds site, int seconds, string? scenario, string? store)
    {
        var from = new DateOnly(2025, 6, 1);
        var (url, query) = scenario switch
        {
            null or "customer" => ($"SaleOrders?$filter=Customer eq '{site.Customer}'&$orderby=OrderDate desc&$top=50", ODataStoreRun.ByCustomer(site.Customer)),
            "date" => ($"SaleOrders?$filter=OrderDate ge {from:yyyy-MM-dd}&$orderby=OrderDate&$top=50", ODataStoreRun.FromDate(from)),
            _ => (scenario, null),
        };
        Console.WriteLine($"GET {url}");
        var http50 = await LoadAsync(http, seconds, _ => Get(http, url), "GET filtered page of 50");
        if (store is null || query is null)
        {
            return 0;
        }

        // Both store baselines: one client shows the query's own cost, as many clients as the HTTP run shows what the
        // same two cores give each query under the same concurrency (the fair comparison).
        var single = await StoreAsync(store, query, 1, seconds);
        var concurrent = await StoreAsync(store, query, Clients, seconds);
        Console.WriteLine($"ratio of medians: OData / store by {Clients} clients {http50 / concurrent:F2}; OData / store by 1 client {http50 / single:F2}");
        return 0;
    }

    /// <summary>Runs the store query by <paramref name="clients"/> clients, prints the figures, returns the median in ms.</summary>
    private static async Task<double> StoreAsync(string store, Core.Storage.Queries.Query query, int clients, int seconds)
    {
        var (direct, elapsed) = await ODataStoreRun.QueryAsync(store, query, clients, seconds);
        var median = Percentile(direct, 0.5);
        Console.WriteLine($"the same query on the store: {direct.Count} queries by {clients} client{(clients == 1 ? "" : "s")} in {elapsed:F1} s = {direct.Count / elapsed:F0}/s; median {median:F2} ms, mean {Mean(direct):F2} ms, p99 {Percentile(direct, 0.99):F2} ms");
        return median;
    }

    private static async Task<int> PostsAsync(HttpClient http, SiteIds site, int seconds)
    {
        await LoadAsync(http, seconds, i => Post(http, site, i), "POST order with 5 lines");
        return 0;
    }

    /// <summary>Runs <paramref name="call"/> by 8 clients for <paramref name="seconds"/>, prints the figures, returns the median in ms.</summary>
    private static async Task<double> LoadAsync(HttpClient http, int seconds, Func<int, Task> call, string what)
    {
        await call(0); // warm-up: the model, the JIT and the connection
        var latencies = new List<double>[Clients];
        var stop = DateTime.UtcNow.AddSeconds(seconds);
        var counter = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            latencies[client] = [];
            while (DateTime.UtcNow < stop)
            {
                var started = Stopwatch.GetTimestamp();
                await call(Interlocked.Increment(ref counter));
                latencies[client].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToList();
        Console.WriteLine($"{what}: {all.Count} requests by {Clients} clients in {watch.Elapsed.TotalSeconds:F1} s = {all.Count / watch.Elapsed.TotalSeconds:F0}/s; median {Percentile(all, 0.5):F2} ms, mean {Mean(all):F2} ms, p99 {Percentile(all, 0.99):F2} ms");
        return Percentile(all, 0.5);
    }

    private static async Task<int> MetadataAsync(HttpClient http, int rounds)
    {
        var definition = JsonNode.Parse((await GetJson(http, "PortalTypes('SaleOrder')?$select=Definition"))["Definition"]!.GetValue<string>())!.AsObject();
        var first = new List<double>();
        var cached = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            definition["description"] = $"Load run {round}";
            var patch = new JsonObject { ["Definition"] = definition.ToJsonString() };
            (await Send(http, new HttpRequestMessage(HttpMethod.Patch, "PortalTypes('SaleOrder')") { Content = new StringContent(patch.ToJsonString(), Encoding.UTF8, "application/json") })).Dispose();
            first.Add(await TimeAsync(() => Get(http, "$metadata")));
            cached.Add(await TimeAsync(() => Get(http, "$metadata")));
        }

        first.Sort();
        cached.Sort();
        Console.WriteLine($"$metadata after a change: median {Percentile(first, 0.5):F1} ms, max {first[^1]:F1} ms; cached: median {Percentile(cached, 0.5):F1} ms ({rounds} rounds; the difference is the rebuild)");
        return 0;
    }

    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var started = Stopwatch.GetTimestamp();
        await call();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>
    /// The mean latency: with more clients than cores, most queries run within one time slice and a few wait for
    /// several, so the median hides the waiting the mean (clients / throughput) shows.
    /// </summary>
    private static double Mean(List<double> latencies) => latencies.Count == 0 ? 0 : latencies.Average();

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task Get(HttpClient http, string url)
    {
        using var response = await Send(http, new HttpRequestMessage(HttpMethod.Get, url));
        await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<JsonNode> GetJson(HttpClient http, string url)
    {
        using var response = await Send(http, new HttpRequestMessage(HttpMethod.Get, url));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task Post(HttpClient http, SiteIds site, int i)
    {
        var order = new JsonObject
        {
            ["Customer"] = site.Customer,
            ["Currency"] = site.Currency,
            ["OrderDate"] = new DateOnly(2026, 1, 1).AddDays(i % 365).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Lines"] = new JsonArray([.. Enumerable.Range(0, 5).Select(l => (JsonNode)new JsonObject { ["Product"] = site.Products[l % site.Products.Count], ["Quantity"] = 1 + l, ["Price"] = 9.5m })]),
        };
        (await Send(http, new HttpRequestMessage(HttpMethod.Post, "SaleOrders") { Content = new StringContent(order.ToJsonString(), Encoding.UTF8, "application/json") })).Dispose();
    }

    private static async Task<HttpResponseMessage> Send(HttpClient http, HttpRequestMessage request)
    {
        using (request)
        {
            var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync();
                response.Dispose();
                throw new InvalidOperationException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}: {body}");
            }

            return response;
        }
    }

    /// <summary>Ids the generated orders refer to, taken from the seeded site.</summary>
    private sealed record SiteIds(string Customer, string Currency, IReadOnlyList<string> Products)
    {
        public static async Task<SiteIds> DiscoverAsync(HttpClient http)
        {
            static async Task<List<string>> Ids(HttpClient http, string set, int top)
            {
                var page = await GetJson(http, $"{set}?$select=Id&$top={top}");
                var ids = page["value"]!.AsArray().Select(e => e!["Id"]!.GetValue<string>()).ToList();
                return ids.Count > 0 ? ids : throw new InvalidOperationException($"The site has no {set}; start the server with Site:Templates and Site:Seed (the repository's appsettings.json).");
            }

            return new SiteIds((await Ids(http, "Organisations", 1))[0], (await Ids(http, "Currencies", 1))[0], await Ids(http, "Products", 5));
        }
    }
}
