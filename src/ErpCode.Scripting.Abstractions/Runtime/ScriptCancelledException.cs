namespace ErpCode.Scripting.Runtime;

/// <summary>The caller cancelled the run (its <see cref="CancellationToken"/> was signalled), for example because the request was aborted.</summary>
public sealed class ScriptCancelledException : ScriptBudgetException
{
    internal ScriptCancelledException(TimeSpan elapsed)
        : base(
            "Cancellation",
            "cancellation by the caller",
            BudgetFormat.Duration(elapsed),
            $"The code was cancelled by its caller after {BudgetFormat.Duration(elapsed)}.")
    {
        Elapsed = elapsed;
    }

    /// <summary>How long the run had taken when it noticed the cancellation.</summary>
    public TimeSpan Elapsed { get; }
}
