using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace ErpCode.Scripting.Runtime;

/// <summary>
/// The budget state of one run: fresh constraints from <see cref="Create"/>, the call depth, and the first budget
/// exceeded, which sticks: every later check of the run throws it again.
/// </summary>
internal sealed class BudgetState
{
    private readonly BudgetConstraint[] _periodic;
    private readonly RecursionConstraint _recursion;
    private readonly BudgetState? _outer;

    private BudgetState(BudgetConstraint[] periodic, RecursionConstraint recursion, BudgetState? outer)
    {
        _periodic = periodic;
        _recursion = recursion;
        _outer = outer;
    }

    /// <summary>The first budget the run exceeded, or <c>null</c>.</summary>
    public ScriptBudgetException? Failure { get; private set; }

    public int Depth => _recursion.Depth;

    /// <summary>
    /// The factory: fresh constraints for one run, armed now. A run nested in another (<paramref name="outer"/>) is also
    /// held to the outer run's time, allocation and cancellation, so calling other code never extends a budget.
    /// </summary>
    public static BudgetState Create(ScriptLimits limits, BudgetState? outer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var periodic = new List<BudgetConstraint>(3);
        if (!limits.Timeout.IsUnlimited)
        {
            periodic.Add(new TimeConstraint(limits.Timeout.Value));
        }

        if (!limits.MaxAllocatedBytes.IsUnlimited)
        {
            periodic.Add(new AllocationConstraint(limits.MaxAllocatedBytes.Value));
        }

        if (cancellationToken.CanBeCanceled)
        {
            periodic.Add(new CancellationConstraint(cancellationToken));
        }

        var state = new BudgetState([.. periodic], new RecursionConstraint(limits.MaxRecursionDepth), outer);
        foreach (var constraint in state._periodic)
        {
            constraint.Reset();
        }

        state._recursion.Reset();
        return state;
    }

    /// <summary>Checks time, allocations and cancellation, this run's and its outer runs'; throws (and remembers) the first one spent.</summary>
    public void Check()
    {
        if (Failure is not null)
        {
            ExceptionDispatchInfo.Throw(Failure);
        }

        try
        {
            foreach (var constraint in _periodic)
            {
                constraint.Check();
            }

            _outer?.Check();
        }
        catch (ScriptBudgetException exception)
        {
            Failure ??= exception;
            throw;
        }
    }

    /// <summary>Whether the run has failed, overrun its time or been cancelled, as the watchdog's thread can tell.</summary>
    public bool IsSpent()
    {
        if (Failure is not null)
        {
            return true;
        }

        foreach (var constraint in _periodic)
        {
            if (constraint.IsSpent())
            {
                return true;
            }
        }

        return _outer?.IsSpent() == true;
    }

    /// <summary>Counts one more call; false when it does not fit, and <see cref="FailEnter"/> must then say why.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryEnter() => _recursion.TryEnter();

    /// <summary>Throws, and remembers, the recursion failure of a <see cref="TryEnter"/> that returned false.</summary>
    public void FailEnter()
    {
        try
        {
            _recursion.Check();
        }
        catch (ScriptBudgetException exception)
        {
            // The call does not happen, so its Exit never runs: take back the depth TryEnter counted.
            _recursion.Exit();
            Failure ??= exception;
            throw;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Exit() => _recursion.Exit();
}
