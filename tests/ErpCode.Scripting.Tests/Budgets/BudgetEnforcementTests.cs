using System.Diagnostics;
using ErpCode.Scripting.Runtime;
using Microsoft.CodeAnalysis;

namespace ErpCode.Scripting.Tests.Budgets;

/// <summary>Rewritten code, compiled and run under a budget: runaway code stops with the right exception and user code cannot stop that.</summary>
public sealed class BudgetEnforcementTests
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(200);

    // Generous: the machine may be busy with other tests, and the point is that the run stops at all, soon.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(3);

    private const string Runaway = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public static class Program
        {
            public static int Caught;

        public static object? Sink;

            public static void Spin() { while (true) { } }

            public static void SpinFor() { for (var i = 0; ; i++) ; }

            public static void SpinDo() { var i = 0; do i++; while (i >= 0 || true); }

            public static void SpinForeach() { foreach (var i in Forever()) { } }

            private static IEnumerable<int> Forever() { while (true) yield return 1; }

            public static void SpinInLinq() => Enumerable.Repeat(1, int.MaxValue).Select(x => x + 1).Select(x => x * 2).Count(x => x > 100);

            public static void SpinInQuery()
            {
                var pairs = from a in Enumerable.Repeat(1, int.MaxValue)
                            from b in Enumerable.Repeat(1, int.MaxValue)
                            select a + b;
                Caught = pairs.Count();
            }

            public static void SwallowWithCatchException()
            {
                while (true)
                {
                    try { while (true) { } }
                    catch (Exception) { Caught++; }
                }
            }

            public static void SwallowWithBareCatch()
            {
                while (true)
                {
                    try { while (true) { } }
                    catch { Caught++; }
                }
            }

            public static void SwallowWithFilter()
            {
                while (true)
                {
                    try { while (true) { } }
                    catch (Exception e) when (e.Message.Length > 0 || true) { Caught++; }
                }
            }

            public static void SpinInFinally()
            {
                try { while (true) { } }
                finally { while (true) { } }
            }

            public static void ReplaceInFinallyAndCatch()
            {
                while (true)
                {
                    try
                    {
                        try { while (true) { } }
                        finally { throw new InvalidOperationException("replaces the budget exception"); }
                    }
                    catch (InvalidOperationException) { Caught++; }
                }
            }

            public static int Deep(int n) => Deep(n + 1) + 1;

            public static int DeepLambda()
            {
                Func<int, int> f = null!;
                f = n => f(n + 1) + 1;
                return f(0);
            }

            public static int DeepProperty => DeepProperty + 1;

            public static int DeepIterator() => Walk(0).Count();

            private static IEnumerable<int> Walk(int n)
            {
                foreach (var x in Walk(n + 1)) yield return x;
                yield return n;
            }

            public static int GrowList()
            {
                var list = new List<int>();
                while (true) list.Add(list.Count);
            }

            public static int DoubleString()
            {
                var s = "x";
                while (true) s += s;
            }

            public static int DoubleStringAfterWarmUp(int warmUp)
            {
                var junk = 0;
                for (var i = 0; i < warmUp; i++) junk += i;
                var s = "x";
                while (true) s += s;
            }

            public static string Filter(string message)
            {
                try
                {
                    throw new InvalidOperationException(message);
                }
                catch (InvalidOperationException e) when (e.Message == "filtered")
                {
                    return "filter";
                }
                catch (ArgumentException)
                {
                    return "typed";
                }
            }

            public static string CatchAll(bool typed)
            {
                try
                {
                    throw new ArgumentException("x");
                }
                catch (ArgumentException) when (typed)
                {
                    return "typed";
                }
                catch
                {
                    return "bare";
                }
            }

            public static void DisposeThrows()
            {
                using (new Noisy()) { }
            }

            public static string ToStringThrows() => "value: " + new Noisy();

            public static string DisposeThrowsAndIsCaught()
            {
                try
                {
                    using (new Noisy()) { }
                }
                catch (InvalidOperationException e) when (e.Message == "dispose failed")
                {
                    return "caught";
                }

                return "not thrown";
            }

            public static long Work(int megabytes, int depth)
            {
                long total = 0;
                for (var i = 0; i < megabytes * 1024; i++)
                {
                    Sink = new byte[1024];
                    total += ((byte[])Sink).Length;
                }

                return total + Nest(depth);
            }

            private static int Nest(int depth) => depth == 0 ? 0 : Nest(depth - 1) + 1;
        }

        public sealed class Noisy : IDisposable
        {
            public void Dispose() => throw new InvalidOperationException("dispose failed");

            public override string ToString() => throw new FormatException("tostring failed");
        }
        """;

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
        using var code = CompiledCode.Load(Runaway);
        var run = code.Method<Action>(method);
        var stopwatch = Stopwatch.StartNew();

        // Act
        var exception = RunExpecting<ScriptTimeoutException>(Limits.Time(ShortTimeout), run);

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
        using var code = CompiledCode.Load(Runaway);
        var run = code.Method<Action>(method);
        var caught = code.Assembly.GetType("Program")!.GetField("Caught")!;

        // Act
        using var scope = Limits.Begin(Limits.Time(ShortTimeout));
        var exception = Record.Exception(run);

        // Assert
        Assert.NotNull(exception);
        Assert.IsType<ScriptTimeoutException>(scope.Failure);
        Assert.Equal(0, caught.GetValue(null));
    }

    [Fact]
    public void Recursion_OverTheDepthBudget_StopsWithRecursionException()
    {
        // Arrange
        using var code = CompiledCode.Load(Runaway);
        var run = code.Method<Func<int, int>>("Deep");

        // Act
        var exception = RunExpecting<ScriptRecursionException>(Limits.Depth(50), () => run(0));

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
        using var code = CompiledCode.Load(Runaway);
        var run = code.Method<Func<int>>(method);

        // Act
        var exception = RunExpecting<ScriptRecursionException>(ScriptLimits.Unlimited, () => run());

        // Assert: the process is still here, and says why it stopped.
        Assert.True(exception.OutOfStack);
        Assert.Null(exception.MaxRecursionDepth);
        Assert.StartsWith("The code ran out of stack space at a call depth of", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GrowList")]
    [InlineData("DoubleString")]
    public void AllocationBomb_StopsWithAllocationExceptionNearTheBudget(string method)
    {
        // Arrange
        const long Budget16MiB = 16L * 1024 * 1024;
        using var code = CompiledCode.Load(Runaway);
        var run = code.Method<Func<int>>(method);

        // Act
        var exception = RunExpecting<ScriptAllocationException>(Limits.Bytes(Budget16MiB), () => run());

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
        using var code = CompiledCode.Load(Runaway);
        var run = code.Method<Func<int, int>>("DoubleStringAfterWarmUp");

        // Act
        var exception = RunExpecting<ScriptAllocationException>(Limits.Bytes(Budget16MiB), () => run(warmUp));

        // Assert
        Assert.InRange(exception.AllocatedBytes, Budget16MiB, 8 * Budget16MiB);
    }

    [Fact]
    public void CatchClauses_KeepTheirMeaningForOrdinaryExceptions()
    {
        // Arrange
        using var code = CompiledCode.Load(Runaway);
        var filter = code.Method<Func<string, string>>("Filter");
        var catchAll = code.Method<Func<bool, string>>("CatchAll");

        // Act
        using var scope = Limits.Begin(Limits.Time(TimeSpan.FromSeconds(30)));
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
        using var code = CompiledCode.Load(Runaway);

        // Act
        using var scope = Limits.Begin(Limits.Time(TimeSpan.FromSeconds(30)));
        var dispose = Assert.Throws<InvalidOperationException>(code.Method<Action>("DisposeThrows"));
        var toString = Assert.Throws<FormatException>(() => code.Method<Func<string>>("ToStringThrows")());
        var caught = code.Method<Func<string>>("DisposeThrowsAndIsCaught")();

        // Assert
        Assert.Equal("dispose failed", dispose.Message);
        Assert.Equal("tostring failed", toString.Message);
        Assert.Equal("caught", caught);
        Assert.Null(scope.Failure);
    }

    [Fact]
    public void Cancellation_StopsALoop()
    {
        // Arrange
        using var code = CompiledCode.Load(Runaway);
        var run = code.Method<Action>("Spin");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        // Act
        using var scope = Budget.Begin(ScriptLimits.Unlimited, cancellation.Token);
        var exception = Assert.Throws<ScriptCancelledException>(run);

        // Assert
        Assert.Equal("Cancellation", exception.LimitName);
        Assert.Same(exception, scope.Failure);
    }

    [Fact]
    public void Unlimited_MeansUnlimited()
    {
        // Arrange: 64 MiB of allocations and 2,000 nested calls, far over the budgets of an expression.
        using var code = CompiledCode.Load(Runaway);
        var run = code.Method<Func<int, int, long>>("Work");

        // Act
        long result;
        using (var scope = Limits.Begin(ScriptLimits.Unlimited))
        {
            result = run(64, 2000);
            Assert.Null(scope.Failure);
        }

        // Assert: the same work under a budget does stop.
        Assert.Equal((64L * 1024 * 1024) + 2000, result);
        RunExpecting<ScriptAllocationException>(Limits.Bytes(16L * 1024 * 1024), () => run(64, 0));
        RunExpecting<ScriptRecursionException>(Limits.Depth(100), () => run(0, 2000));
    }

    [Fact]
    public void ScriptTree_IsRewrittenAndStops()
    {
        // Arrange
        using var code = CompiledCode.Load("var n = 0;\nwhile (true) { n++; }\n", SourceCodeKind.Script);

        // Act & Assert
        RunExpecting<ScriptTimeoutException>(Limits.Time(ShortTimeout), () => code.RunScript());
    }

    [Fact]
    public void ScriptTree_ReturnsItsValue()
    {
        // Arrange
        using var code = CompiledCode.Load("int Twice(int x) => x * 2;\nvar items = new List<int> { 1, 2 };\nTwice(items.Sum(i => i * 7))", SourceCodeKind.Script);

        // Act
        using var scope = Limits.Begin(ScriptLimits.Unlimited);
        var value = code.RunScript();

        // Assert
        Assert.Equal(42, value);
    }

    private static TException RunExpecting<TException>(ScriptLimits limits, Action run)
        where TException : ScriptBudgetException
    {
        using var scope = Limits.Begin(limits);
        var exception = Assert.Throws<TException>(run);
        Assert.Same(exception, scope.Failure);
        return exception;
    }
}
