using System.Collections.Immutable;
using System.Reflection;

namespace ErpCode.Scripting.Expressions;

/// <summary>
/// One compiled expression set loaded into its own collectible context, shared by every <see cref="ScriptedExpressionSet"/>
/// made from the same sources. Counts its holders (under the compiler's lock); when the last one lets go, it drops
/// its delegates and unloads, so a <see cref="ScriptedExpression"/> kept past that pins nothing.
/// </summary>
internal sealed class LoadedExpressions
{
    private ExpressionLoadContext? _context;
    private Func<ScriptGlobals, object?>?[]? _entries;

    public LoadedExpressions(string hash, ExpressionBuild build, ExpressionRunner runner)
    {
        Hash = hash;
        Build = build;
        if (build.Assembly is { } compiled)
        {
            _context = new ExpressionLoadContext($"erpcode-expressions-{hash[..16]}");
            var type = _context.LoadCompiled(compiled).GetType(ExpressionClass.ClassName, throwOnError: true)!;
            _entries = new Func<ScriptGlobals, object?>?[build.Compiled.Max(e => e.Index) + 1];
            foreach (var expression in build.Compiled)
            {
                _entries[expression.Index] = type.GetMethod(ExpressionClass.EntryName(expression.Index), BindingFlags.Public | BindingFlags.Static)!
                    .CreateDelegate<Func<ScriptGlobals, object?>>();
            }
        }

        Unloaded = new WeakReference(_context);
        Expressions = build.Compiled.ToImmutableDictionary(
            e => e.Source.Key,
            e => new ScriptedExpression(this, e, runner),
            StringComparer.Ordinal);
    }

    /// <summary>The hash of the sources, the compiler's cache key.</summary>
    public string Hash { get; }

    public ExpressionBuild Build { get; }

    public ImmutableDictionary<string, ScriptedExpression> Expressions { get; }

    /// <summary>A weak handle on the load context (null target when nothing compiled), to observe the unload.</summary>
    public WeakReference Unloaded { get; }

    /// <summary>How many sets hold this code; changed only under the compiler's lock.</summary>
    public int Holders { get; set; }

    /// <summary>The loaded assembly's entry for expression <paramref name="index"/>, or null once unloaded.</summary>
    public Func<ScriptGlobals, object?>? Entry(int index) => Volatile.Read(ref _entries)?[index];

    public void Unload()
    {
        Volatile.Write(ref _entries, null);
        _context?.Unload();
        _context = null;
    }
}
