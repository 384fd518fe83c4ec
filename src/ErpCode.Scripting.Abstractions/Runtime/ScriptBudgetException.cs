namespace ErpCode.Scripting.Runtime;

/// <summary>
/// Stored code exceeded one of its budgets. User <c>catch</c> blocks never see it (<see cref="Budget.CanCatch"/>), and once
/// thrown, every later checkpoint of the same run throws it again.
/// </summary>
public abstract class ScriptBudgetException : Exception
{
    private protected ScriptBudgetException(string limitName, string limit, string measured, string message)
        : base(message)
    {
        LimitName = limitName;
        Limit = limit;
        Measured = measured;
    }

    /// <summary>The budget exceeded, named as its setting: <c>Timeout</c>, <c>MaxAllocatedBytes</c>, <c>MaxRecursionDepth</c> or <c>Cancellation</c>.</summary>
    public string LimitName { get; }

    /// <summary>The limit as configured, readable ("2 s", "16 MiB (16,777,216 bytes)", "64 calls", "Unlimited").</summary>
    public string Limit { get; }

    /// <summary>What the run had used when it was stopped, in the same unit as <see cref="Limit"/>.</summary>
    public string Measured { get; }
}
