namespace ErpCode.Scripting.Runtime;

/// <summary>
/// The budgets of one run of stored code: wall-clock time, bytes allocated on the running thread and call depth.
/// Each is a positive <see cref="Limit{T}"/> or <see cref="Limit{T}.Unlimited"/>; the stack is protected even when the depth is unlimited.
/// </summary>
internal sealed record ScriptLimits(Limit<TimeSpan> Timeout, Limit<long> MaxAllocatedBytes, Limit<int> MaxRecursionDepth)
{
    /// <summary>No time, allocation or depth limit (cancellation and the stack guard still apply).</summary>
    public static ScriptLimits Unlimited { get; } = new(Limit<TimeSpan>.Unlimited, Limit<long>.Unlimited, Limit<int>.Unlimited);
}
