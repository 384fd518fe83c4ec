namespace ErpCode.Scripting.Runtime;

/// <summary>
/// The one list of exceptions stored code can never catch: its budgets, and the failures after which the thread must not
/// keep running user code. <see cref="Budget.CanCatch"/> consults it in every rewritten <c>catch</c> clause.
/// </summary>
internal static class UncatchableExceptions
{
    private static readonly Type[] Types =
    [
        typeof(ScriptBudgetException),
        typeof(InsufficientExecutionStackException),
        typeof(OutOfMemoryException),
        typeof(StackOverflowException),
    ];

    // Wrappers (a static constructor's TypeInitializationException, an AggregateException) must not smuggle one out.
    private const int MaxInnerDepth = 16;

    /// <summary>True when <paramref name="exception"/>, or an exception it wraps, is on the list.</summary>
    public static bool Contains(Exception? exception) => Contains(exception, MaxInnerDepth);

    private static bool Contains(Exception? exception, int depth)
    {
        for (; exception is not null && depth > 0; exception = exception.InnerException, depth--)
        {
            foreach (var type in Types)
            {
                if (type.IsInstanceOfType(exception))
                {
                    return true;
                }
            }

            if (exception is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    if (Contains(inner, depth - 1))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
