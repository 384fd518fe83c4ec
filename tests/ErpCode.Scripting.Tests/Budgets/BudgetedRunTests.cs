using ErpCode.Scripting.Runtime;
using Microsoft.CodeAnalysis;

namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>Rewritten code that stays within its budget behaves as written: unlimited means unlimited, catch clauses and exceptions keep their meaning, scripts run.</summary>
public sealed class BudgetedRunTests
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(200);

    [Fact]
    public void Unlimited_MeansUnlimited()
    {
        // Arrange: 64 MiB of allocations and 2,000 nested calls, far over the budgets of an expression.
        using var code = CompiledCode.Load(RunawayCode.Source);
        var run = code.Method<Func<int, int, long>>("Work");

        // Act
        long result;
        using (var scope = BudgetRun.Begin(ScriptLimits.Unlimited))
        {
            result = run(64, 2000);
            Assert.Null(scope.Failure);
        }

        // Assert: the same work under a budget does stop.
        Assert.Equal((64L * 1024 * 1024) + 2000, result);
        BudgetRun.Expecting<ScriptAllocationException>(Limits.Bytes(16L * 1024 * 1024), () => run(64, 0));
        BudgetRun.Expecting<ScriptRecursionException>(Limits.Depth(100), () => run(0, 2000));
    }

    [Fact]
    public void ScriptTree_IsRewrittenAndStops()
    {
        // Arrange
        using var code = CompiledCode.Load("var n = 0;\nwhile (true) { n++; }\n", SourceCodeKind.Script);

        // Act & Assert
        BudgetRun.Expecting<ScriptTimeoutException>(Limits.Time(ShortTimeout), () => code.RunScript());
    }

    [Fact]
    public void ScriptTree_ReturnsItsValue()
    {
        // Arrange
        using var code = CompiledCode.Load("int Twice(int x) => x * 2;\nvar items = new List<int> { 1, 2 };\nTwice(items.Sum(i => i * 7))", SourceCodeKind.Script);

        // Act
        using var scope = BudgetRun.Begin(ScriptLimits.Unlimited);
        var value = code.RunScript();

        // Assert
        Assert.Equal(42, value);
    }

    [Fact]
    public void CatchClauses_KeepTheirMeaningForOrdinaryExceptions()
    {
        // Arrange
        using var code = CompiledCode.Load(RunawayCode.Source);
        var filter = code.Method<Func<string, string>>("Filter");
        var catchAll = code.Method<Func<bool, string>>("CatchAll");

        // Act
        using var scope = BudgetRun.Begin(Limits.Time(TimeSpan.FromSeconds(30)));
        var filtered = filter("filtered");
        var unfiltered = Assert.Throws<InvalidOperationException>(() => filter("not filtered"));

        // Assert
        Assert.Equal("filter", filtered);
        Assert.Equal("not filtered", unfiltered.Message);
        Assert.Equal("typed", catchAll(true));
        Assert.Equal("bare", catchAll(false));
        Assert.Null(scope.Failure);
    }

    [Fact]
    public void ExceptionFromDisposeOrToString_SurfacesAsItself()
    {
        // Arrange
        using var code = CompiledCode.Load(RunawayCode.Source);

        // Act
        using var scope = BudgetRun.Begin(Limits.Time(TimeSpan.FromSeconds(30)));
        var dispose = Assert.Throws<InvalidOperationException>(code.Method<Action>("DisposeThrows"));
        var toString = Assert.Throws<FormatException>(() => code.Method<Func<string>>("ToStringThrows")());
        var caught = code.Method<Func<string>>("DisposeThrowsAndIsCaught")();

        // Assert
        Assert.Equal("dispose failed", dispose.Message);
        Assert.Equal("tostring failed", toString.Message);
        Assert.Equal("caught", caught);
        Assert.Null(scope.Failure);
    }
}
