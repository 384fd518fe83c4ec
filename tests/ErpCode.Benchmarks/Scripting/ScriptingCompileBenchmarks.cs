using BenchmarkDotNet.Attributes;
using ErpCode.Core.Components;
using ErpCode.Scripting.Compilation;

namespace ErpCode.Benchmarks.Scripting;

/// <summary>
/// Compiling one small Document component with a warm compiler (Roslyn loaded and JIT-compiled to tier 1 by
/// <see cref="SmallComponents.WarmUpEdits"/> compiles in the global setup, references built),
/// no store: <see cref="ComponentCompiler.Check"/> (parse, bind, sandbox, shape, then for valid source the checkpoint
/// rewrite and emit, cached for the swap; what a save runs) and <c>CompileComponent</c> (the same, minus what the save
/// built ahead; what a snapshot build runs for code no save on this node checked). Every iteration compiles a new edit,
/// so the compile cache never answers.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(OneShotConfig))]
public class ScriptingCompileBenchmarks
{
    private ComponentCompiler _compiler = null!;
    private int _edit;
    private string _source = string.Empty;
    private Component _component = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compiler = new ComponentCompiler();
        for (var i = 0; i < SmallComponents.WarmUpEdits; i++)
        {
            NextEdit();
            Check();
            CompileComponent();
        }

        SmallComponents.LetTieringSettle();
    }

    [IterationSetup]
    public void NextEdit()
    {
        _edit++;
        _source = SmallComponents.Invoice(_edit);
        _component = new Component(SmallComponents.EditedReference, ComponentKind.Document, _source, ComponentValidationState.Validated, [], _edit, _source, 0);
    }

    [Benchmark]
    public int Check()
    {
        var diagnostics = _compiler.Check(ComponentKind.Document, SmallComponents.EditedReference, _edit, _source, []);
        return diagnostics.Any(d => d.Severity == "Error") ? throw new InvalidOperationException(string.Join("; ", diagnostics.Select(d => d.Message))) : diagnostics.Length;
    }

    [Benchmark]
    public int CompileComponent() => _compiler.CompileComponent(_component, null).Image.Length;
}
