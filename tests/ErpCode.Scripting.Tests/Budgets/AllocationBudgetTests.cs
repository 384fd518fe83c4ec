using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>Rewritten code that allocates too much stops with an allocation exception, near its budget.</summary>
public sealed class AllocationBudgetTests
{
    [Theory]
    [InlineData("GrowList")]
    [InlineData("DoubleString")]
    public void AllocationBomb_StopsWithAllocationExceptionNearTheBudget(string method)
    {
        // Arrange
        const long Budget16MiB = 16L * 1024 * 1024;
        using var code = CompiledCode.Load(RunawayCode.Source);
        var run = code.Method<Func<int>>(method);

        // Act
        var exception = BudgetRun.Expecting<ScriptAllocationException>(Limits.Bytes(Budget16MiB), () => run());

        // Assert
        Assert.Equal(Budget16MiB, exception.MaxAllocatedBytes);
        Assert.InRange(exception.AllocatedBytes, Budget16MiB, 8 * Budget16MiB);
        Assert.Contains("allocation budget of 16 MiB (16,777,216 bytes)", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(1_000_000)]
    public void AllocationBomb_StartingDeepInALoop_StopsNearTheBudget(int warmUp)
    {
        // Arrange: checks are not counted in checkpoints, so a bomb that starts late is caught as soon as one that starts early.
        const long Budget16MiB = 16L * 1024 * 1024;
        using var code = CompiledCode.Load(RunawayCode.Source);
        var run = code.Method<Func<int, int>>("DoubleStringAfterWarmUp");

        // Act
        var exception = BudgetRun.Expecting<ScriptAllocationException>(Limits.Bytes(Budget16MiB), () => run(warmUp));

        // Assert
        Assert.InRange(exception.AllocatedBytes, Budget16MiB, 8 * Budget16MiB);
    }
}
