using System.Diagnostics;

namespace ErpCode.Scripting.Runtime;

/// <summary>The caller's <see cref="CancellationToken"/>, for example the aborted request's.</summary>
internal sealed class CancellationConstraint(CancellationToken cancellationToken) : BudgetConstraint
{
    private long _start;

    public override void Reset() => _start = Stopwatch.GetTimestamp();

    public override void Check()
    {
        if (cancellationToken.IsCancellationRequested)
        {
            throw new ScriptCancelledException(Stopwatch.GetElapsedTime(_start));
        }
    }

    public override bool IsSpent() => cancellationToken.IsCancellationRequested;
}
