namespace ErpCode.Scripting.Runtime;

/// <summary>The allocation budget: bytes allocated on the running thread since the run started (<see cref="GC.GetAllocatedBytesForCurrentThread"/>).</summary>
internal sealed class AllocationConstraint(long maxAllocatedBytes) : BudgetConstraint
{
    private long _start;

    public override void Reset() => _start = GC.GetAllocatedBytesForCurrentThread();

    public override void Check()
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread() - _start;
        if (allocated > maxAllocatedBytes)
        {
            throw new ScriptAllocationException(maxAllocatedBytes, allocated);
        }
    }
}
