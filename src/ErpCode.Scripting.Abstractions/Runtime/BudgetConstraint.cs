namespace ErpCode.Scripting.Runtime;

/// <summary>
/// One budget of one run, after Jint's <c>Constraint</c>: <see cref="Reset"/> arms it when the run starts and
/// <see cref="Check"/> throws its <see cref="ScriptBudgetException"/> once the budget is spent, on the run's own thread.
/// Instances are never shared between runs.
/// </summary>
internal abstract class BudgetConstraint
{
    /// <summary>Arms the constraint for a run starting now.</summary>
    public abstract void Reset();

    /// <summary>Throws when the budget is spent.</summary>
    public abstract void Check();

    /// <summary>Whether the budget is spent, as far as another thread (the watchdog) can tell; allocations cannot be read from outside.</summary>
    public virtual bool IsSpent() => false;
}
