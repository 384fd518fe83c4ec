using System.Runtime.CompilerServices;

namespace ErpCode.Scripting.Runtime;

/// <summary>
/// The checkpoints the compiler inserts into stored code and the budget of the run they report to. User code never
/// names this namespace; the sandbox forbids it. Checkpoints only read flags: the <see cref="Watchdog"/> signals each
/// thread with a run in progress every few milliseconds, and only then does a checkpoint look at the clock, the
/// allocation counter and the token. Outside a run every checkpoint does nothing, cheaply.
/// </summary>
public static class Budget
{
    // Budget state is per thread. Stored code is synchronous and may not start threads, so a run lives on the thread
    // that began it. This is the one justified piece of per-thread static state: it holds the run in progress on this
    // thread (installed by Begin, restored by BudgetScope.Dispose) and is never shared between runs or threads.
    [ThreadStatic]
    private static BudgetThread? t_thread;

    // Raised by the watchdog while some run anywhere has spent its time or been cancelled (and by a run that fails):
    // checkpoints in code that cannot allocate or call other code (Poll) read only this, not the thread's state.
    private static volatile bool s_alarm;

    /// <summary>Method entry: a checkpoint, then one call deeper. Pair with <see cref="BudgetThread.Exit"/> in a <c>finally</c>.</summary>
    /// <returns>This thread's checkpoints, for the loops of the method.</returns>
    /// <exception cref="ScriptBudgetException">A budget is spent, or the call is too deep for the budget or the stack.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BudgetThread Enter()
    {
        var thread = t_thread ?? CurrentThread();
        thread.Enter();
        return thread;
    }

    /// <summary>A checkpoint where no <see cref="BudgetThread"/> is at hand (top-level script code).</summary>
    /// <exception cref="ScriptBudgetException">A budget of the current run is spent.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check() => t_thread?.Check();

    /// <summary>A checkpoint inside an expression (a query clause): <see cref="Check()"/>, then <paramref name="value"/> unchanged.</summary>
    /// <exception cref="ScriptBudgetException">A budget of the current run is spent.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Check<T>(T value)
    {
        t_thread?.Check();
        return value;
    }

    /// <summary>
    /// The checkpoint of code that can neither allocate nor call other code (a leaf lambda, a loop of arithmetic):
    /// such code can only overrun its time or be cancelled, which the watchdog notices from outside.
    /// </summary>
    /// <exception cref="ScriptBudgetException">A budget of the current run is spent.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Poll()
    {
        if (s_alarm)
        {
            Check();
        }
    }

    /// <summary>
    /// The filter of every user <c>catch</c> clause: false for budget exceptions and the rest of the never-catch list
    /// (also when wrapped), and for any exception once the run's budget is spent.
    /// </summary>
    public static bool CanCatch(Exception exception) =>
        t_thread?.Current?.Failure is null && !UncatchableExceptions.Contains(exception);

    /// <summary>
    /// Starts a run on this thread with fresh budget state for <paramref name="limits"/>. Disposing the scope restores
    /// the enclosing run's budget, so runs nest; a nested run is also held to the enclosing run's budgets.
    /// </summary>
    internal static BudgetScope Begin(ScriptLimits limits, CancellationToken cancellationToken = default)
    {
        var thread = t_thread ?? CurrentThread();
        var outer = thread.Current;
        var state = BudgetState.Create(limits, outer, cancellationToken);
        thread.Begin(state);
        return new BudgetScope(thread, state, outer);
    }

    /// <summary>Raises or lowers the alarm <see cref="Poll"/> reads.</summary>
    internal static void SetAlarm(bool raised) => s_alarm = raised;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static BudgetThread CurrentThread() => t_thread ??= BudgetThread.ForCurrentThread();
}
