namespace ErpCode.Scripting.Runtime;

/// <summary>
/// The budget of one run on the current thread, from <see cref="Budget.Begin"/> until <see cref="Dispose"/>, which
/// restores the budget of the enclosing run, if any. Dispose it on the same thread, innermost first.
/// </summary>
internal sealed class BudgetScope : IDisposable
{
    private readonly BudgetThread _thread;
    private bool _disposed;

    internal BudgetScope(BudgetThread thread, BudgetState state, BudgetState? outer)
    {
        _thread = thread;
        State = state;
        Outer = outer;
    }

    /// <summary>
    /// The first budget the run exceeded, or <c>null</c>. Report this rather than the exception that escaped the run:
    /// a <c>finally</c> block that threw while a budget exception unwound may have replaced it.
    /// </summary>
    public ScriptBudgetException? Failure => State.Failure;

    internal BudgetState State { get; }

    internal BudgetState? Outer { get; }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _thread.End(State, Outer);
        _disposed = true;
    }
}
