using System.Globalization;

namespace ErpCode.Scripting.Runtime;

/// <summary>
/// Stored code nested calls deeper than its budget (<c>MaxRecursionDepth</c>), or so deep that the thread's stack was
/// nearly full (<see cref="OutOfStack"/>), which is checked even when the depth is unlimited so the process never crashes.
/// </summary>
public sealed class ScriptRecursionException : ScriptBudgetException
{
    internal ScriptRecursionException(int? maxRecursionDepth, int depth, bool outOfStack)
        : base(
            "MaxRecursionDepth",
            maxRecursionDepth is { } max ? Calls(max) : "Unlimited",
            Calls(depth),
            outOfStack
                ? $"The code ran out of stack space at a call depth of {Calls(depth)}."
                : $"The code nested calls deeper than its recursion budget of {Calls(maxRecursionDepth ?? depth)}.")
    {
        MaxRecursionDepth = maxRecursionDepth;
        Depth = depth;
        OutOfStack = outOfStack;
    }

    /// <summary>The depth budget, or <c>null</c> when the depth was unlimited and the stack ran out.</summary>
    public int? MaxRecursionDepth { get; }

    /// <summary>The call depth the run tried to reach.</summary>
    public int Depth { get; }

    /// <summary>True when the stack, not the depth budget, stopped the run.</summary>
    public bool OutOfStack { get; }

    private static string Calls(int depth) => string.Create(CultureInfo.InvariantCulture, $"{depth:N0} calls");
}
