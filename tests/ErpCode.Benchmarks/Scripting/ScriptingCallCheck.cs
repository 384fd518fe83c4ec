using System.Diagnostics;
using System.Globalization;

namespace ErpCode.Benchmarks.Scripting;

/// <summary>
/// <c>dotnet run -c Release --project tests/ErpCode.Benchmarks -- calls [rounds]</c>: the variants of
/// <see cref="ScriptingCallBenchmarks"/> in one process, interleaved: each round times a batch of every variant in turn,
/// so load from other processes falls on all of them alike. Prints the median time per call and the ratio of medians
/// to the host's. A cross-check of the BenchmarkDotNet ratios on a noisy machine, where each benchmark runs in its own
/// process at a different moment.
/// </summary>
internal static class ScriptingCallCheck
{
    private const int Batch = 200;

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 300;
        Console.WriteLine($"Interleaved call check: {rounds} rounds of {Batch} calls per variant, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        foreach (var data in new[] { "Stored", "Plain" })
        {
            var bench = new ScriptingCallBenchmarks { Data = data };
            await bench.SetupAsync();
            (string Name, Action Call)[] variants =
            [
                ("Host", () => bench.Host()),
                ("Host_Double", () => bench.Host_Double()),
                ("Host_DoubleArray", () => bench.Host_DoubleArray()),
                ("Component_NoCheckpoints", () => bench.Component_NoCheckpoints()),
                ("Component_Direct", () => bench.Component_Direct()),
                ("Component_DirectInBudget", () => bench.Component_DirectInBudget()),
                ("Component_Invoker", () => bench.Component_Invoker()),
                ("Component_Double", () => bench.Component_Double()),
                ("Jint_Unconstrained", () => bench.Jint_Unconstrained()),
                ("Jint_Constrained", () => bench.Jint_Constrained()),
            ];
            var samples = variants.Select(_ => new List<double>(rounds)).ToArray();

            // Warm-up: tier-1 code for every variant before the first sample.
            for (var w = 0; w < 50; w++)
            {
                foreach (var (_, call) in variants)
                {
                    for (var i = 0; i < Batch; i++)
                    {
                        call();
                    }
                }
            }

            Thread.Sleep(500);
            for (var round = 0; round < rounds; round++)
            {
                for (var v = 0; v < variants.Length; v++)
                {
                    var call = variants[v].Call;
                    var started = Stopwatch.GetTimestamp();
                    for (var i = 0; i < Batch; i++)
                    {
                        call();
                    }

                    samples[v].Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds / Batch);
                }
            }

            var host = Median(samples[0]);
            Console.WriteLine();
            Console.WriteLine($"Data={data}");
            Console.WriteLine("| Variant                  | Median us/call | P25    | P75    | Ratio of medians |");
            Console.WriteLine("|------------------------- |---------------:|-------:|-------:|-----------------:|");
            for (var v = 0; v < variants.Length; v++)
            {
                var sorted = samples[v].Order().ToList();
                var median = Median(samples[v]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {variants[v].Name,-24} | {median,14:F2} | {sorted[sorted.Count / 4],6:F2} | {sorted[sorted.Count * 3 / 4],6:F2} | {median / host,16:F2} |"));
            }

            double Of(string name) => Median(samples[Array.FindIndex(variants, v => v.Name == name)]);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Component_Invoker / Host: {Of("Component_Invoker") / host:F2} (decimal); Component_Double / Host_Double: {Of("Component_Double") / Of("Host_Double"):F2} (double)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Jint_Unconstrained / Component_Invoker: {Of("Jint_Unconstrained") / Of("Component_Invoker"):F1}x (decimal C#); Jint_Unconstrained / Component_Double: {Of("Jint_Unconstrained") / Of("Component_Double"):F1}x (double C#)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Jint_Constrained / Component_Invoker: {Of("Jint_Constrained") / Of("Component_Invoker"):F1}x (decimal C#); Jint_Constrained / Component_Double: {Of("Jint_Constrained") / Of("Component_Double"):F1}x (double C#)"));
            await bench.CleanupAsync();
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
