namespace ErpCode.Core.Types.Expressions;

/// <summary>
/// Compiles the expressions written in definitions (defaults, computed values, constraints, titles) under the same
/// sandbox and budgets as stored code. Implemented by the scripting layer.
/// </summary>
public interface IExpressionCompiler
{
    /// <summary>
    /// Compiles <paramref name="sources"/> (keys are unique). Never throws for bad code: an expression that does not
    /// compile, or breaks the sandbox, is reported in <see cref="ExpressionSet.Failures"/> and left out. The same
    /// sources give an equivalent set without compiling again. The caller owns the returned set and disposes it.
    /// </summary>
    ExpressionSet Compile(IReadOnlyList<ExpressionSource> sources);
}
