using System.Diagnostics;
using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>The checkpoints themselves, called directly: scopes, depth, stickiness and the never-catch list.</summary>
public sealed class BudgetTests
{
    [Fact]
    public void Checkpoints_WithoutAScope_DoNothing()
    {
        // Act
        for (var i = 0; i < 10_000; i++)
        {
            Budget.Check();
            Budget.Poll();
            Budget.Enter().Check();
        }

        for (var i = 0; i < 10_000; i++)
        {
            Budget.Enter().Exit();
        }

        // Assert
        Assert.True(Budget.CanCatch(new InvalidOperationException()));
        Assert.Equal(5, Budget.Check(5));
    }

    [Fact]
    public void Enter_OneCallTooDeep_ThrowsAndTheFailureSticks()
    {
        // Arrange
        using var scope = BudgetRun.Begin(Limits.Depth(3));
        Budget.Enter();
        Budget.Enter();
        Budget.Enter();

        // Act
        var exception = Assert.Throws<ScriptRecursionException>(Budget.Enter);

        // Assert
        Assert.Equal(4, exception.Depth);
        Assert.Same(exception, scope.Failure);
        Assert.Same(exception, Assert.Throws<ScriptRecursionException>(Budget.Check));
        Assert.Same(exception, Assert.Throws<ScriptRecursionException>(Budget.Enter));
        Assert.False(Budget.CanCatch(new InvalidOperationException()));
    }

    [Fact]
    public void EnterAndExit_Balanced_NeverExceedTheDepth()
    {
        // Arrange
        using var scope = BudgetRun.Begin(Limits.Depth(2));

        // Act
        for (var i = 0; i < 10_000; i++)
        {
            var thread = Budget.Enter();
            Budget.Enter();
            thread.Exit();
            thread.Exit();
        }

        // Assert
        Assert.Null(scope.Failure);
        Assert.Equal(0, scope.State.Depth);
    }

    [Fact]
    public void Poll_PastTheDeadline_ThrowsTimeout()
    {
        // Arrange
        var timeout = TimeSpan.FromMilliseconds(50);
        using var scope = BudgetRun.Begin(Limits.Time(timeout));

        // Act
        var exception = Assert.Throws<ScriptTimeoutException>(PollForever);

        // Assert
        Assert.Equal(timeout, exception.Timeout);
        Assert.Same(exception, scope.Failure);
    }

    [Fact]
    public void Check_PastTheDeadline_ThrowsTimeout()
    {
        // Arrange
        var timeout = TimeSpan.FromMilliseconds(50);
        using var scope = BudgetRun.Begin(Limits.Time(timeout));
        var stopwatch = Stopwatch.StartNew();

        // Act
        var exception = Assert.Throws<ScriptTimeoutException>(CheckForever);

        // Assert
        Assert.InRange(stopwatch.Elapsed, timeout, timeout + TimeSpan.FromSeconds(3));
        Assert.Equal(timeout, exception.Timeout);
    }

    [Fact]
    public void Begin_NestedScope_RestoresTheOuterBudgetOnDispose()
    {
        // Arrange
        using var outer = BudgetRun.Begin(Limits.Depth(5));
        Budget.Enter();
        Budget.Enter();

        // Act: the inner run has its own depth and spends its own budget.
        using (var inner = BudgetRun.Begin(Limits.Depth(1)))
        {
            Budget.Enter();
            Assert.Throws<ScriptRecursionException>(Budget.Enter);
            Assert.NotNull(inner.Failure);
        }

        // Assert: the outer run is untouched and continues from its depth of 2.
        Assert.Null(outer.Failure);
        Assert.True(Budget.CanCatch(new InvalidOperationException()));
        Budget.Check();
        Budget.Enter();
        Budget.Enter();
        Budget.Enter();
        Assert.Throws<ScriptRecursionException>(Budget.Enter);
    }

    [Fact]
    public void Begin_NestedScope_IsHeldToTheOuterDeadline()
    {
        // Arrange
        var timeout = TimeSpan.FromMilliseconds(50);
        using var outer = BudgetRun.Begin(Limits.Time(timeout));
        using var inner = BudgetRun.Begin(ScriptLimits.Unlimited);

        // Act
        var exception = Assert.Throws<ScriptTimeoutException>(CheckForever);

        // Assert
        Assert.Equal(timeout, exception.Timeout);
        Assert.Same(exception, inner.Failure);
        Assert.Same(exception, outer.Failure);
    }

    [Fact]
    public void Begin_EachRun_GetsFreshBudgetState()
    {
        // Arrange
        var limits = Limits.Depth(1);
        using (BudgetRun.Begin(limits))
        {
            Budget.Enter();
            Assert.Throws<ScriptRecursionException>(Budget.Enter);
        }

        // Act
        using var second = BudgetRun.Begin(limits);
        Budget.Enter();

        // Assert
        Assert.Null(second.Failure);
    }

    [Fact]
    public void Dispose_OuterBeforeInner_Throws()
    {
        // Arrange
        var outer = BudgetRun.Begin(ScriptLimits.Unlimited);
        var inner = BudgetRun.Begin(ScriptLimits.Unlimited);

        // Act & Assert
        Assert.Throws<InvalidOperationException>(outer.Dispose);
        inner.Dispose();
        outer.Dispose();
    }

    [Fact]
    public void CanCatch_OrdinaryException_IsTrue()
    {
        using var scope = BudgetRun.Begin(ScriptLimits.Unlimited);
        Assert.True(Budget.CanCatch(new InvalidOperationException()));
        Assert.True(Budget.CanCatch(new AggregateException(new ArgumentException())));
    }

    [Fact]
    public void CanCatch_NeverCatchList_IsFalseAlsoWhenWrapped()
    {
        // Arrange
        var timeout = new ScriptTimeoutException(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));

        // Act & Assert
        Assert.False(Budget.CanCatch(timeout));
        Assert.False(Budget.CanCatch(new ScriptAllocationException(1024, 2048)));
        Assert.False(Budget.CanCatch(new ScriptRecursionException(10, 11, outOfStack: false)));
        Assert.False(Budget.CanCatch(new ScriptCancelledException(TimeSpan.Zero)));
        Assert.False(Budget.CanCatch(new InsufficientExecutionStackException()));
        Assert.False(Budget.CanCatch(new OutOfMemoryException()));
        Assert.False(Budget.CanCatch(new TypeInitializationException("Program", timeout)));
        Assert.False(Budget.CanCatch(new AggregateException(new ArgumentException(), timeout)));
    }

    private static void PollForever()
    {
        while (true)
        {
            Budget.Poll();
        }
    }

    private static void CheckForever()
    {
        while (true)
        {
            Budget.Check();
        }
    }
}
