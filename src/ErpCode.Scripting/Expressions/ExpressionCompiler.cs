using ErpCode.Core.Components;
using ErpCode.Core.Types.Expressions;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Globals;
using Microsoft.Extensions.Options;

namespace ErpCode.Scripting.Expressions;

/// <summary>
/// Compiles the expressions of definitions, a whole set in one compilation, under the sandbox and budget checkpoints
/// of stored code. Sets are keyed by a hash of their sources: while some holder keeps a set loaded, compiling the
/// same sources again shares its code at the cost of a hash; the bytes of the last few sets are kept too, so a set
/// compiled again after its code unloaded is only loaded, not compiled. Thread-safe.
/// </summary>
public sealed class ExpressionCompiler : IExpressionCompiler
{
    /// <summary>How many emitted sets are kept as bytes after their code unloaded.</summary>
    private const int BuiltCapacity = 8;

    private readonly ExpressionBuilder _builder = new();
    private readonly ExpressionRunner _runner;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LoadedExpressions> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExpressionBuild> _built = new(StringComparer.Ordinal);
    private readonly Queue<string> _builtOrder = new();
    private int _compilations;
    private int _loads;

    public ExpressionCompiler(IOptions<ScriptBudgetOptions> budgets, ScriptContextFactory contexts)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        ArgumentNullException.ThrowIfNull(contexts);
        _runner = new ExpressionRunner(budgets.Value.LimitsFor(ComponentKind.Expression), contexts);
    }

    /// <summary>How many times a set went through Roslyn.</summary>
    internal int Compilations => Volatile.Read(ref _compilations);

    /// <summary>How many times compiled code was loaded into a new context.</summary>
    internal int Loads => Volatile.Read(ref _loads);

    /// <summary>How many sets are loaded now (have at least one holder).</summary>
    internal int LiveSets
    {
        get
        {
            lock (_gate)
            {
                return _live.Count;
            }
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">Two sources have the same key.</exception>
    public ExpressionSet Compile(IReadOnlyList<ExpressionSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var ordered = sources.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (ordered.Zip(ordered.Skip(1)).FirstOrDefault(p => p.First.Key == p.Second.Key) is ({ } duplicate, _))
        {
            throw new ArgumentException($"Two expressions have the key '{duplicate.Key}'.", nameof(sources));
        }

        var hash = CompilationCache.KeyOf([.. ordered.SelectMany(s => new[] { s.Key, s.Role.ToString(), s.Code })]);
        if (TryHold(hash) is { } held)
        {
            return held;
        }

        ExpressionBuild? build;
        lock (_gate)
        {
            _built.TryGetValue(hash, out build);
        }

        if (build is null)
        {
            Interlocked.Increment(ref _compilations);
            build = _builder.Build($"erp.expressions.{hash[..16]}", ordered);
        }

        lock (_gate)
        {
            // Another thread may have loaded the same set meanwhile: share its code rather than load a second copy.
            if (!_live.TryGetValue(hash, out var loaded))
            {
                loaded = new LoadedExpressions(hash, build, _runner);
                Interlocked.Increment(ref _loads);
                _live[hash] = loaded;
                Remember(hash, build);
            }

            loaded.Holders++;
            return new ScriptedExpressionSet(this, loaded);
        }
    }

    /// <summary>Called once by each set's Dispose; unloads the code when no holder is left.</summary>
    internal void Release(LoadedExpressions loaded)
    {
        lock (_gate)
        {
            if (--loaded.Holders > 0)
            {
                return;
            }

            _live.Remove(loaded.Hash);
            loaded.Unload();
        }
    }

    private ScriptedExpressionSet? TryHold(string hash)
    {
        lock (_gate)
        {
            if (!_live.TryGetValue(hash, out var loaded))
            {
                return null;
            }

            loaded.Holders++;
            return new ScriptedExpressionSet(this, loaded);
        }
    }

    private void Remember(string hash, ExpressionBuild build)
    {
        if (!_built.TryAdd(hash, build))
        {
            return;
        }

        _builtOrder.Enqueue(hash);
        while (_built.Count > BuiltCapacity && _builtOrder.TryDequeue(out var oldest))
        {
            _built.Remove(oldest);
        }
    }
}
