using System.Runtime.CompilerServices;

namespace ErpCode.Scripting.Runtime;

/// <summary>
/// The call-depth budget, counted by <see cref="Budget.Enter"/> and <see cref="BudgetThread.Exit"/>. Entries also make sure
/// the thread's stack has room left, even when the depth is unlimited, so deep code can never crash the process.
/// </summary>
internal sealed class RecursionConstraint(Limit<int> maxRecursionDepth) : BudgetConstraint
{
    // RuntimeHelpers.EnsureSufficientExecutionStack guarantees a reserve (64 KiB or more) below the point where it
    // succeeds; the stack may grow this much past a successful probe before the next one, so most entries only compare
    // the address of a local with a bound instead of calling into the runtime.
    private const int ProbeDistance = 32 * 1024;

    private readonly int _max = maxRecursionDepth.IsUnlimited ? int.MaxValue : maxRecursionDepth.Value;
    private int _depth;
    private nint _probeBelow;

    public int Depth => _depth;

    public override void Reset()
    {
        _depth = 0;
        _probeBelow = nint.MaxValue;
    }

    /// <summary>Counts one more call; false when that call is one too deep or the stack is nearly full (<see cref="Check"/> then says which).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryEnter()
    {
        if (++_depth > _max)
        {
            return false;
        }

        byte marker = 0;
        var here = Unsafe.ByteOffset(ref Unsafe.NullRef<byte>(), ref marker);
        return here >= _probeBelow || Probe(here);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Exit()
    {
        if (_depth > 0)
        {
            _depth--;
        }
    }

    public override void Check()
    {
        int? max = maxRecursionDepth.IsUnlimited ? null : _max;
        if (_depth > _max)
        {
            throw new ScriptRecursionException(max, _depth, outOfStack: false);
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ScriptRecursionException(max, _depth, outOfStack: true);
        }
    }

    // The stack grows down on every platform .NET runs on.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Probe(nint here)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return false;
        }

        _probeBelow = here - ProbeDistance;
        return true;
    }
}
