namespace ErpCode.Scripting.Runtime;

/// <summary>Stored code ran longer than its wall-clock budget (<c>Timeout</c>).</summary>
public sealed class ScriptTimeoutException : ScriptBudgetException
{
    internal ScriptTimeoutException(TimeSpan timeout, TimeSpan elapsed)
        : base(
            "Timeout",
            BudgetFormat.Duration(timeout),
            BudgetFormat.Duration(elapsed),
            $"The code ran longer than its time budget of {BudgetFormat.Duration(timeout)} (stopped after {BudgetFormat.Duration(elapsed)}).")
    {
        Timeout = timeout;
        Elapsed = elapsed;
    }

    /// <summary>The time budget.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>How long the run had taken when it was stopped.</summary>
    public TimeSpan Elapsed { get; }
}
