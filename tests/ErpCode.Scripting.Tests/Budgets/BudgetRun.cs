using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>Runs under a budget that the test's cancellation also stops.</summary>
internal static class BudgetRun
{
    public static BudgetScope Begin(ScriptLimits limits) => Budget.Begin(limits, TestContext.Current.CancellationToken);

    /// <summary>Runs <paramref name="run"/> under <paramref name="limits"/>; asserts it stops with <typeparamref name="TException"/>, which the scope reports too.</summary>
    public static TException Expecting<TException>(ScriptLimits limits, Action run)
        where TException : ScriptBudgetException
    {
        using var scope = Begin(limits);
        var exception = Assert.Throws<TException>(run);
        Assert.Same(exception, scope.Failure);
        return exception;
    }
}
