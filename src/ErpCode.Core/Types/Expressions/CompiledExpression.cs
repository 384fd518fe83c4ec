namespace ErpCode.Core.Types.Expressions;

/// <summary>An expression ready to run inside its budget. Failures come back as <see cref="ExpressionFailedException"/>.</summary>
public abstract class CompiledExpression
{
    public abstract string Key { get; }

    public abstract ExpressionRole Role { get; }

    /// <summary>
    /// The expression's value as a CLR value (string, bool, long, int, decimal, double, DateTime, DateOnly, null…),
    /// run under the Expression budget. Throws <see cref="ExpressionFailedException"/> when the code throws or
    /// exceeds its budget.
    /// </summary>
    public abstract object? Evaluate(ExpressionScope scope);
}
