using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using ErpCode.Core.Components;

namespace ErpCode.Benchmarks.Scripting;

/// <summary>
/// <c>dotnet run -c Release --project tests/ErpCode.Benchmarks -- memory [edits] [--warmup=N]</c>: edits one small Document
/// component <c>edits</c> times (default 1,000) after N warm-up edits (default 20): save, refresh, one call on the new
/// code. Prints the working set and managed heap
/// after a full blocking compacting GC before and after, how many retired load contexts unloaded, and the time per edit.
/// Not a BenchmarkDotNet benchmark: the quantity is a difference over one long run. Exit code 1 when a goal is missed.
/// </summary>
internal static class ScriptingMemoryRun
{
    private const long GoalBytes = 50L * 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        var edits = args.Length > 0 && !args[0].StartsWith('-') ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
        var warmUp = args.FirstOrDefault(a => a.StartsWith("--warmup=", StringComparison.Ordinal)) is { } w ? int.Parse(w["--warmup=".Length..], CultureInfo.InvariantCulture) : 20;
        Console.WriteLine($"Memory over {edits} successive edits of one component (save + refresh + one call), {Environment.ProcessorCount} cores, {RuntimeInformationText()}");
        await using var site = await ScriptingBenchSite.CreateAsync();
        var edit = 0;

        // Warm-up: Roslyn, SQLite, the swap path; 20 edits (--warmup=N) before the first measurement.
        Console.WriteLine($"Warm-up: {warmUp} edits before the first measurement.");
        for (var i = 0; i < warmUp; i++)
        {
            await EditAsync(site, ++edit);
        }

        var before = Measure();
        Console.WriteLine($"Before: {before}");
        var retired = new List<WeakReference>(edits);
        var times = new List<double>(edits);
        var saves = new List<double>(edits);
        var refreshes = new List<double>(edits);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < edits; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var (handle, save, refresh) = await EditAsync(site, ++edit);
            retired.Add(handle);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            saves.Add(save);
            refreshes.Add(refresh);
            if ((i + 1) % 250 == 0 && i + 1 < edits)
            {
                Console.WriteLine($"  {i + 1,5} edits, {watch.Elapsed.TotalSeconds,5:F1} s: {Measure()}, cache {site.Compiler.Cache.Bytes / 1048576.0:F1} MB");
            }
        }

        var stillAlive = WaitForUnload(retired);
        var after = Measure();
        Console.WriteLine($"After:  {after}");
        times.Sort();
        saves.Sort();
        refreshes.Sort();
        var growth = after.WorkingSet - before.WorkingSet;
        var (cacheEntries, cacheBytes) = (site.Compiler.Cache.Count, site.Compiler.Cache.Bytes);
        Console.WriteLine($"Edit (save + refresh + call): median {Percentile(times, 0.5):F1} ms, p90 {Percentile(times, 0.9):F1} ms, max {times[^1]:F1} ms");
        Console.WriteLine($"  save (ComponentService.SaveAsync): median {Percentile(saves, 0.5):F1} ms, p90 {Percentile(saves, 0.9):F1} ms");
        Console.WriteLine($"  swap (ComponentRuntime.RefreshAsync): median {Percentile(refreshes, 0.5):F1} ms, p90 {Percentile(refreshes, 0.9):F1} ms");
        Console.WriteLine($"Working set growth: {growth / 1048576.0:F1} MB (goal <= 50 MB: {(growth <= GoalBytes ? "met" : "MISSED")})");
        Console.WriteLine($"Managed heap growth: {(after.Heap - before.Heap) / 1048576.0:F1} MB; GC committed growth: {(after.GcCommitted - before.GcCommitted) / 1048576.0:F1} MB; outside the GC heap: {(growth - (after.GcCommitted - before.GcCommitted)) / 1048576.0:F1} MB");
        Console.WriteLine($"Compile cache: {cacheEntries} entries, {cacheBytes / 1048576.0:F1} MB of images and PDBs");
        Console.WriteLine($"Retired load contexts unloaded: {retired.Count - stillAlive} of {retired.Count} ({(stillAlive == 0 ? "met" : "MISSED")})");
        return growth <= GoalBytes && stillAlive == 0 ? 0 : 1;
    }

    private static async Task<(WeakReference Retired, double SaveMilliseconds, double RefreshMilliseconds)> EditAsync(ScriptingBenchSite site, int edit)
    {
        var started = Stopwatch.GetTimestamp();
        await site.SaveValidAsync(SmallComponents.EditedReference, ComponentKind.Document, SmallComponents.Invoice(edit));
        var saved = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var retired = site.Runtime.Current.Unloaded;
        started = Stopwatch.GetTimestamp();
        await site.RefreshCleanAsync();
        var refreshed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Call(site);
        return (retired, saved, refreshed);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Call(ScriptingBenchSite site)
    {
        using var lease = site.Runtime.Lease();
        var line = new PlainDocument("I-1/Lines[0]", new Dictionary<string, decimal>(StringComparer.Ordinal) { ["Amount"] = 12.5m }, []);
        site.Invoker.CallMethod(lease, SmallComponents.EditedReference, "IsLarge", new PlainDocument("I-1", [], [line]), site.Context(), []);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int WaitForUnload(List<WeakReference> handles)
    {
        for (var i = 0; i < 100 && handles.Any(h => h.IsAlive); i++)
        {
            FullCollect();
            Thread.Sleep(20);
        }

        return handles.Count(h => h.IsAlive);
    }

    private static Snapshot Measure()
    {
        FullCollect();
        using var process = Process.GetCurrentProcess();
        return new Snapshot(Environment.WorkingSet, GC.GetTotalMemory(forceFullCollection: false), GC.GetGCMemoryInfo().TotalCommittedBytes, process.PrivateMemorySize64, AssemblyLoadContext.All.Count(c => c.IsCollectible));
    }

    private static void FullCollect()
    {
        for (var i = 0; i < 3; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

    private static string RuntimeInformationText() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, server GC {GCSettings.IsServerGC}";

    private sealed record Snapshot(long WorkingSet, long Heap, long GcCommitted, long Private, int CollectibleContexts)
    {
        public override string ToString() =>
            $"working set {WorkingSet / 1048576.0:F1} MB, managed heap {Heap / 1048576.0:F1} MB, GC committed {GcCommitted / 1048576.0:F1} MB, private {Private / 1048576.0:F1} MB, collectible contexts {CollectibleContexts}";
    }
}
