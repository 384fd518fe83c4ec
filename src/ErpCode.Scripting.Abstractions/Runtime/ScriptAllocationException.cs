namespace ErpCode.Scripting.Runtime;

/// <summary>Stored code allocated more managed memory than its budget (<c>MaxAllocatedBytes</c>), counted on the running thread.</summary>
public sealed class ScriptAllocationException : ScriptBudgetException
{
    internal ScriptAllocationException(long maxAllocatedBytes, long allocatedBytes)
        : base(
            "MaxAllocatedBytes",
            BudgetFormat.Bytes(maxAllocatedBytes),
            BudgetFormat.Bytes(allocatedBytes),
            $"The code allocated more than its allocation budget of {BudgetFormat.Bytes(maxAllocatedBytes)} (allocated {BudgetFormat.Bytes(allocatedBytes)}).")
    {
        MaxAllocatedBytes = maxAllocatedBytes;
        AllocatedBytes = allocatedBytes;
    }

    /// <summary>The allocation budget, in bytes.</summary>
    public long MaxAllocatedBytes { get; }

    /// <summary>The bytes the run had allocated when it was stopped.</summary>
    public long AllocatedBytes { get; }
}
