using BenchmarkDotNet.Attributes;
using ErpCode.Core.Components;
using ErpCode.Scripting.Snapshots;

namespace ErpCode.Benchmarks.Scripting;

/// <summary>
/// Editing one small Document component on a running site with a warm compiler: the save
/// (<see cref="ErpCode.Core.Components.ComponentService.SaveAsync"/>: read, check-compile, write with history, raise the
/// revision), the swap (<see cref="ComponentRuntime.RefreshAsync"/>: list, build the snapshot with only the edited
/// component recompiled, load it into a new context, retire the old one), and both. <see cref="SiteComponents"/> is how
/// many components the site holds, the edited one included (the rest alternate Document and Script components; Document only while Script components do not validate).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(OneShotConfig))]
public class ScriptingSwapBenchmarks
{
    private ScriptingBenchSite _site = null!;
    private int _edit;
    private string _source = string.Empty;

    [Params(1, 200)]
    public int SiteComponents { get; set; } = 1;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = await ScriptingBenchSite.CreateAsync();
        var withScripts = SmallComponents.ScriptsValidate(_site.Compiler, out var problem);
        if (!withScripts && SiteComponents > 1)
        {
            Console.WriteLine($"// Script components do not validate in this build ({problem}); the fillers are Document components only.");
        }

        for (var i = 1; i < SiteComponents; i++)
        {
            var (reference, kind, source) = SmallComponents.Filler(i, withScripts);
            await _site.SaveValidAsync(reference, kind, source);
        }

        // Warms Roslyn (to tier 1), the store and the swap path.
        for (var i = 0; i < SmallComponents.WarmUpEdits; i++)
        {
            Prepare();
            await SaveAndRefreshAsync();
        }

        SmallComponents.LetTieringSettle();
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _site.DisposeAsync();

    [IterationSetup(Targets = [nameof(SaveAsync), nameof(SaveAndRefreshAsync)])]
    public void Prepare()
    {
        _edit++;
        _source = SmallComponents.Invoice(_edit);
    }

    [IterationSetup(Target = nameof(RefreshAsync))]
    public void PrepareSaved()
    {
        Prepare();
        _site.SaveValidAsync(SmallComponents.EditedReference, ComponentKind.Document, _source).GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<Component> SaveAsync() =>
        await _site.SaveValidAsync(SmallComponents.EditedReference, ComponentKind.Document, _source);

    [Benchmark]
    public async Task<RuntimeSnapshot> RefreshAsync() => await _site.RefreshCleanAsync();

    [Benchmark]
    public async Task<RuntimeSnapshot> SaveAndRefreshAsync()
    {
        await _site.SaveValidAsync(SmallComponents.EditedReference, ComponentKind.Document, _source);
        return await _site.RefreshCleanAsync();
    }
}
