using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>Rewritten code that recurses too deep stops with a recursion exception, and never overflows the stack.</summary>
public sealed class RecursionBudgetTests
{
    [Fact]
    public void Recursion_OverTheDepthBudget_StopsWithRecursionException()
    {
        // Arrange
        using var code = CompiledCode.Load(RunawayCode.Source);
        var run = code.Method<Func<int, int>>("Deep");

        // Act
        var exception = BudgetRun.Expecting<ScriptRecursionException>(Limits.Depth(50), () => run(0));

        // Assert
        Assert.Equal(50, exception.MaxRecursionDepth);
        Assert.Equal(51, exception.Depth);
        Assert.False(exception.OutOfStack);
        Assert.Equal("The code nested calls deeper than its recursion budget of 50 calls.", exception.Message);
    }

    [Theory]
    [InlineData("DeepLambda")]
    [InlineData("get_DeepProperty")]
    [InlineData("DeepIterator")]
    public void UnboundedRecursion_WithUnlimitedDepth_StopsBeforeTheStackOverflows(string method)
    {
        // Arrange
        using var code = CompiledCode.Load(RunawayCode.Source);
        var run = code.Method<Func<int>>(method);

        // Act
        var exception = BudgetRun.Expecting<ScriptRecursionException>(ScriptLimits.Unlimited, () => run());

        // Assert: the process is still here, and says why it stopped.
        Assert.True(exception.OutOfStack);
        Assert.Null(exception.MaxRecursionDepth);
        Assert.StartsWith("The code ran out of stack space at a call depth of", exception.Message, StringComparison.Ordinal);
    }
}
