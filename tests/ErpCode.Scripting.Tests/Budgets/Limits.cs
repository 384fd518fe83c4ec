using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>Shorthands for the limits tests run under.</summary>
internal static class Limits
{
    public static ScriptLimits Time(TimeSpan timeout) => ScriptLimits.Unlimited with { Timeout = Limit<TimeSpan>.Of(timeout) };

    public static ScriptLimits Bytes(long maxAllocatedBytes) => ScriptLimits.Unlimited with { MaxAllocatedBytes = Limit<long>.Of(maxAllocatedBytes) };

    public static ScriptLimits Depth(int maxRecursionDepth) => ScriptLimits.Unlimited with { MaxRecursionDepth = Limit<int>.Of(maxRecursionDepth) };
}
