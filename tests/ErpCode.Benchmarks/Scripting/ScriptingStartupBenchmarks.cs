using BenchmarkDotNet.Attributes;
using ErpCode.Core.Components;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Snapshots;
using Microsoft.Extensions.Logging.Abstractions;

namespace ErpCode.Benchmarks.Scripting;

/// <summary>
/// A node starting on a site of <see cref="Count"/> small components already in the store (half Document, half Script;
/// Document only while Script components do not validate): a new <see cref="ComponentCompiler"/> (cold compile cache,
/// references built anew) and a new <see cref="ComponentRuntime"/> building its first snapshot. Roslyn itself is warm
/// in the process (the global setup and the warm-up iteration compile the same site), as it is after the host's
/// warm-up compile. <c>StartWithWarmCache</c> does the same with the setup's compiler, whose cache holds all 200
/// assemblies: what is left is listing the components and loading the assemblies into a new context.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(SlowOneShotConfig))]
public class ScriptingStartupBenchmarks
{
    private ScriptingBenchSite _site = null!;
    private ComponentRuntime? _started;

    [Params(200)]
    public int Count { get; set; } = 200;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = await ScriptingBenchSite.CreateAsync();
        var withScripts = SmallComponents.ScriptsValidate(_site.Compiler, out var problem);
        if (!withScripts)
        {
            Console.WriteLine($"// Script components do not validate in this build ({problem}); the site holds Document components only.");
        }

        for (var i = 0; i < Count; i++)
        {
            var (reference, kind, source) = SmallComponents.Filler(i, withScripts);
            await _site.SaveValidAsync(reference, kind, source);
        }

        var snapshot = await _site.RefreshCleanAsync();
        Console.WriteLine($"// {snapshot.Components.Count} components in the store at revision {snapshot.Revision}");
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _site.DisposeAsync();

    [Benchmark]
    public async Task<int> StartWithColdCacheAsync()
    {
        _started = new ComponentRuntime(_site.Store, new ComponentCompiler(), NullLogger<ComponentRuntime>.Instance);
        var snapshot = await _started.RefreshAsync();
        return snapshot.Problems.IsEmpty && snapshot.Components.Count == Count
            ? snapshot.Components.Count
            : throw new InvalidOperationException($"{snapshot.Components.Count} components; {string.Join("; ", snapshot.Problems)}");
    }

    [Benchmark]
    public async Task<int> StartWithWarmCacheAsync()
    {
        _started = new ComponentRuntime(_site.Store, _site.Compiler, NullLogger<ComponentRuntime>.Instance);
        var snapshot = await _started.RefreshAsync();
        return snapshot.Problems.IsEmpty && snapshot.Components.Count == Count
            ? snapshot.Components.Count
            : throw new InvalidOperationException($"{snapshot.Components.Count} components; {string.Join("; ", snapshot.Problems)}");
    }

    [IterationCleanup]
    public void Stop()
    {
        // Dispose retires the snapshot; without it every iteration would keep 200 assemblies loaded.
        _started?.Dispose();
        _started = null;
    }
}
