using ErpCode.Core.Types.Expressions;

namespace ErpCode.Scripting.Expressions;

/// <summary>One compiled expression of a loaded set.</summary>
internal sealed class ScriptedExpression(LoadedExpressions loaded, ParsedExpression expression, ExpressionRunner runner) : CompiledExpression
{
    public override string Key => expression.Source.Key;

    public override ExpressionRole Role => expression.Source.Role;

    /// <exception cref="ObjectDisposedException">Every set holding this expression was disposed, so its code is unloaded.</exception>
    public override object? Evaluate(ExpressionScope scope)
    {
        var entry = loaded.Entry(expression.Index) ?? throw new ObjectDisposedException(Key, $"The expression set holding '{Key}' was disposed.");
        return runner.Run(expression, entry, scope);
    }
}
