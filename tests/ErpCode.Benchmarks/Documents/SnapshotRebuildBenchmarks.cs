using BenchmarkDotNet.Attributes;
using ErpCode.Core.Types.Definitions;
using ErpCode.Scripting.Snapshots;

namespace ErpCode.Benchmarks.Documents;

/// <summary>
/// Rebuilding the runtime snapshot on a node after another node added a property to one type, on a site of 50
/// types (each with its own sheet of ten properties, a computed value and a constraint). What the rebuild does:
/// read components and definitions, check them, reuse the unchanged expression set, rebuild only the changed type's
/// validator, publish. The baseline is a rebuild with nothing changed but the revision.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(Scripting.OneShotConfig))]
public class SnapshotRebuildBenchmarks
{
    private DocumentBenchSite _node = null!;
    private DocumentBenchSite _editor = null!;
    private int _edit;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _node = await DocumentBenchSite.CreateAsync();
        for (var i = 1; i <= 50; i++)
        {
            var (sheet, type) = BenchDefinitions.Filler(i);
            await _node.Definitions.SaveAsync(sheet, _node.Caller);
            await _node.Definitions.SaveAsync(type, _node.Caller);
        }

        _editor = await _node.OpenSecondNodeAsync();
        for (var i = 0; i < 5; i++)
        {
            AddProperty();
            await RebuildAfterPropertyAdded();
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _editor.DisposeAsync();
        await _node.DisposeAsync();
    }

    [IterationSetup(Target = nameof(RebuildAfterPropertyAdded))]
    public void AddProperty()
    {
        _edit++;
        var (sheet, _) = BenchDefinitions.Filler(7);
        var extra = Enumerable.Range(1, _edit).Select(n => new PropertyDefinition { Name = $"Extra{n}" });
        _editor.Definitions.SaveAsync(sheet with { Properties = [.. sheet.Properties, .. extra] }, _editor.Caller).GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(RebuildWithNothingChanged))]
    public void RaiseRevision()
    {
        var transaction = _editor.Store.BeginTransactionAsync().GetAwaiter().GetResult();
        transaction.IncrementRevisionAsync().GetAwaiter().GetResult();
        transaction.CommitAsync().GetAwaiter().GetResult();
        transaction.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<RuntimeSnapshot> RebuildAfterPropertyAdded() => await _node.Runtime.RefreshAsync();

    [Benchmark(Baseline = true)]
    public async Task<RuntimeSnapshot> RebuildWithNothingChanged() => await _node.Runtime.RefreshAsync();
}
