using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Benchmarks;

/// <summary>
/// In memory, no file: decoding the 51 bodies of one query page, the way the baselines and the store do it.
/// Splits the store's per-row cost into "the string read from SQLite is encoded back to UTF-8" and "TypedJson
/// builds the value tree" (which JsonDocument, a lazy index over the bytes, does not do).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class BodyDecodeBenchmarks
{
    private string[] _json = [];
    private byte[][] _utf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        _json = [.. SaleOrders.Generate(51).Select(d => TypedJson.Serialize(d.Body))];
        _utf8 = [.. _json.Select(Encoding.UTF8.GetBytes)];
    }

    [Benchmark(Baseline = true)]
    public int JsonDocument_FromString()
    {
        var count = 0;
        foreach (var json in _json)
        {
            using var document = JsonDocument.Parse(json);
            count += document.RootElement.GetPropertyCount();
        }

        return count;
    }

    /// <summary>What the store's ReadRow does: <c>TypedJson.Deserialize(string)</c>, which first re-encodes the string to UTF-8.</summary>
    [Benchmark]
    public int TypedJson_FromString()
    {
        var count = 0;
        foreach (var json in _json)
        {
            count += ((DocumentValue)TypedJson.Deserialize(json)).Count;
        }

        return count;
    }

    [Benchmark]
    public int TypedJson_FromUtf8()
    {
        var count = 0;
        foreach (var utf8 in _utf8)
        {
            count += ((DocumentValue)TypedJson.Deserialize(utf8)).Count;
        }

        return count;
    }
}
