using ErpCode.Core.Types.Expressions;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Expressions;

/// <summary>
/// Runs one expression: its document and the caller become the script globals, and the code runs under the
/// Expression budget. Whatever the code throws, or the budget that stopped it, comes back as an
/// <see cref="ExpressionFailedException"/> naming the expression and line; nothing else escapes.
/// </summary>
internal sealed class ExpressionRunner(ScriptLimits limits, ScriptContextFactory contexts)
{
    public object? Run(ParsedExpression expression, Func<ScriptGlobals, object?> entry, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var key = expression.Source.Key;
        var document = ScriptContextFactory.Document(scope.DocumentId ?? string.Empty, scope.PortalType, scope.Document);
        var globals = new ScriptGlobals(document, contexts.Create(scope.Caller, key, null, scope.CancellationToken));
        ScriptBudgetException? budget = null;
        try
        {
            using var run = Budget.Begin(limits, scope.CancellationToken);
            try
            {
                return entry(globals);
            }
            finally
            {
                budget = run.Failure;
            }
        }
        catch (Exception ex)
        {
            // User code is the boundary here: any exception, from the code or its budget, is the expression's failure.
            var frame = StoredCodeStackTrace.InnermostComponentFrame(ex, file => string.Equals(file, expression.FileName, StringComparison.Ordinal));
            var reported = budget ?? ex;
            var where = frame is { } f ? $"line {f.Line}: " : string.Empty;
            throw new ExpressionFailedException(key, $"{where}{reported.GetType().Name}: {reported.Message}", ex);
        }
    }
}
