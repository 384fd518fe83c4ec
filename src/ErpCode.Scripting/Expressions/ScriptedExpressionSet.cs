using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Types.Expressions;

namespace ErpCode.Scripting.Expressions;

/// <summary>One holder of a loaded expression set: disposing it releases the hold, once.</summary>
internal sealed class ScriptedExpressionSet : ExpressionSet
{
    private readonly ExpressionCompiler _owner;
    private LoadedExpressions? _loaded;

    public ScriptedExpressionSet(ExpressionCompiler owner, LoadedExpressions loaded)
    {
        _owner = owner;
        _loaded = loaded;
        Failures = loaded.Build.Failures;
    }

    public override IReadOnlyDictionary<string, ImmutableArray<ComponentDiagnostic>> Failures { get; }

    /// <summary>The shared code this set holds.</summary>
    internal LoadedExpressions Loaded => _loaded ?? throw new ObjectDisposedException(nameof(ExpressionSet));

    public override CompiledExpression? Find(string key) =>
        Loaded.Expressions.TryGetValue(key, out var expression) ? expression : null;

    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _loaded, null) is { } loaded)
        {
            _owner.Release(loaded);
        }
    }
}
