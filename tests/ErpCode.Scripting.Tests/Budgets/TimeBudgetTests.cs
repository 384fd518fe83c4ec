using System.Diagnostics;
using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>Rewritten code that runs too long stops with a timeout, soon after its budget, whatever its catch and finally blocks do.</summary>
public sealed class TimeBudgetTests
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(200);

    // Generous: the machine may be busy with other tests, and the point is that the run stops at all, soon.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(3);

    [Theory]
    [InlineData("Spin")]
    [InlineData("SpinFor")]
    [InlineData("SpinDo")]
    [InlineData("SpinForeach")]
    [InlineData("SpinInLinq")]
    [InlineData("SpinInQuery")]
    [InlineData("SpinInFinally")]
    public void InfiniteLoop_StopsWithTimeoutSoonAfterTheBudget(string method)
    {
        // Arrange
        using var code = CompiledCode.Load(RunawayCode.Source);
        var run = code.Method<Action>(method);
        var stopwatch = Stopwatch.StartNew();

        // Act
        var exception = BudgetRun.Expecting<ScriptTimeoutException>(Limits.Time(ShortTimeout), run);

        // Assert
        stopwatch.Stop();
        Assert.InRange(stopwatch.Elapsed, ShortTimeout, ShortTimeout + Margin);
        Assert.Equal(ShortTimeout, exception.Timeout);
        Assert.True(exception.Elapsed >= ShortTimeout);
        Assert.Equal("Timeout", exception.LimitName);
        Assert.StartsWith("The code ran longer than its time budget of 200 ms", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SwallowWithCatchException")]
    [InlineData("SwallowWithBareCatch")]
    [InlineData("SwallowWithFilter")]
    [InlineData("ReplaceInFinallyAndCatch")]
    public void UserCatch_CannotSwallowTheBudgetException(string method)
    {
        // Arrange
        using var code = CompiledCode.Load(RunawayCode.Source);
        var run = code.Method<Action>(method);
        var caught = code.Assembly.GetType("Program")!.GetField("Caught")!;

        // Act
        using var scope = BudgetRun.Begin(Limits.Time(ShortTimeout));
        var exception = Record.Exception(run);

        // Assert
        Assert.NotNull(exception);
        Assert.IsType<ScriptTimeoutException>(scope.Failure);
        Assert.Equal(0, caught.GetValue(null));
    }

    [Fact]
    public void Cancellation_StopsALoop()
    {
        // Arrange
        using var code = CompiledCode.Load(RunawayCode.Source);
        var run = code.Method<Action>("Spin");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        // Act
        using var scope = Budget.Begin(ScriptLimits.Unlimited, cancellation.Token);
        var exception = Assert.Throws<ScriptCancelledException>(run);

        // Assert
        Assert.Equal("Cancellation", exception.LimitName);
        Assert.Same(exception, scope.Failure);
    }
}
