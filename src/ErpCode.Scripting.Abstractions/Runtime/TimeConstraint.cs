using System.Diagnostics;

namespace ErpCode.Scripting.Runtime;

/// <summary>The wall-clock budget: a deadline in <see cref="Stopwatch"/> ticks, set when the run starts.</summary>
internal sealed class TimeConstraint(TimeSpan timeout) : BudgetConstraint
{
    private readonly long _timeoutTicks = ToStopwatchTicks(timeout);
    private long _start;
    private long _deadline;

    public override void Reset()
    {
        _start = Stopwatch.GetTimestamp();
        _deadline = _start + Math.Min(_timeoutTicks, long.MaxValue - _start);
    }

    public override void Check()
    {
        var now = Stopwatch.GetTimestamp();
        if (now >= _deadline)
        {
            throw new ScriptTimeoutException(timeout, Stopwatch.GetElapsedTime(_start, now));
        }
    }

    public override bool IsSpent() => Stopwatch.GetTimestamp() >= Volatile.Read(ref _deadline);

    private static long ToStopwatchTicks(TimeSpan value)
    {
        var ticks = value.TotalSeconds * Stopwatch.Frequency;
        return ticks >= long.MaxValue / 2 ? long.MaxValue / 2 : (long)ticks;
    }
}
