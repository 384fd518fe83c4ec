using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ErpCode.Scripting.Runtime;

/// <summary>
/// One thread as the budgets see it: the run in progress on it, and the signal that makes its next checkpoint check.
/// Rewritten methods keep it in a local (from <see cref="Budget.Enter"/>) so their loops read a field, not a thread static.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class BudgetThread
{
    // Set by the watchdog (another thread) when the next checkpoint must check; stays set once the run's budget is
    // spent, so every checkpoint throws again.
    private volatile bool _signal;
    private volatile bool _running;
    private readonly Thread _owner;

    private BudgetThread(Thread owner) => _owner = owner;

    /// <summary>The innermost run in progress, or <c>null</c>.</summary>
    internal BudgetState? Current { get; private set; }

    internal bool IsRunning => _running;

    internal bool IsAlive => _owner.IsAlive;

    /// <summary>A loop checkpoint: when the thread is signalled, checks time, allocations and cancellation.</summary>
    /// <exception cref="ScriptBudgetException">A budget of the current run is spent.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Check()
    {
        if (_signal)
        {
            Checkpoint();
        }
    }

    /// <summary>Method exit: one call shallower. Never throws.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Exit() => Current?.Exit();

    internal static BudgetThread ForCurrentThread()
    {
        var thread = new BudgetThread(Thread.CurrentThread);
        Watchdog.Register(thread);
        return thread;
    }

    internal void Signal() => _signal = true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Enter()
    {
        if (Current is not { } state)
        {
            return;
        }

        if (_signal)
        {
            Checkpoint();
        }

        if (!state.TryEnter())
        {
            FailEnter(state);
        }
    }

    internal void Begin(BudgetState state)
    {
        Current = state;
        _running = true;
        Watchdog.RunStarted();
    }

    internal void End(BudgetState state, BudgetState? outer)
    {
        if (!ReferenceEquals(Current, state) || Thread.CurrentThread != _owner)
        {
            throw new InvalidOperationException("A budget scope must be disposed on the thread that began it, innermost scope first.");
        }

        Current = outer;
        _running = outer is not null;
        Watchdog.RunEnded();

        // The signal belonged to the inner run; an outer run whose budget was spent meanwhile throws at its next checkpoint.
        _signal = outer?.Failure is not null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Checkpoint()
    {
        _signal = false;
        if (Current is not { } state)
        {
            return;
        }

        try
        {
            state.Check();
        }
        catch (ScriptBudgetException)
        {
            Failed();
            throw;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FailEnter(BudgetState state)
    {
        Failed();
        state.FailEnter();
    }

    // From now on every checkpoint of the run throws again, including the ones that only read the alarm.
    private void Failed()
    {
        _signal = true;
        Budget.SetAlarm(true);
    }
}
