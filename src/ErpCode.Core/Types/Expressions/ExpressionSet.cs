using System.Collections.Immutable;
using ErpCode.Core.Components;

namespace ErpCode.Core.Types.Expressions;

/// <summary>
/// The compiled expressions of a set of definitions. Disposing releases the caller's hold on the compiled code,
/// which unloads once no holder is left.
/// </summary>
public abstract class ExpressionSet : IDisposable
{
    /// <summary>The expressions that did not compile, by key, with their diagnostics (lines count from 1 within the expression).</summary>
    public abstract IReadOnlyDictionary<string, ImmutableArray<ComponentDiagnostic>> Failures { get; }

    /// <summary>The compiled expression for <paramref name="key"/>, or null when it failed or was not in the set.</summary>
    public abstract CompiledExpression? Find(string key);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}
