using System.Diagnostics;
using System.Runtime.CompilerServices;
using ErpCode.Core.Types.Expressions;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Expressions;
using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Tests.Expressions;

public sealed class ExpressionCompilerTests
{
    private static readonly ExpressionScope Order = ExpressionTestSite.Scope(
        ("Quantity", 3m),
        ("Price", 2.5m),
        ("Title", "Spring order"),
        ("Ordered", new DateOnly(2025, 3, 1)),
        ("Delivery", new DateOnly(2025, 3, 20)));

    [Fact]
    public async Task Compile_EachRole_EvaluatesToItsValue()
    {
        // Arrange
        await using var site = new ExpressionTestSite();
        using var set = site.Compiler.Compile(
        [
            new("Total", "Document.GetDecimal(\"Quantity\") * Document.GetDecimal(\"Price\")", ExpressionRole.Computed),
            new("Dates", "Document.GetDate(\"Delivery\") >= Document.GetDate(\"Ordered\")", ExpressionRole.Constraint),
            new("Title", "User.Name + \": \" + Document.GetString(\"Title\")", ExpressionRole.Title),
            new("Ordered", "Clock.Today", ExpressionRole.Default),
            new("Lines", "Enumerable.Range(1, 4).Where(i => i % 2 == 0).Sum()", ExpressionRole.Computed),
        ]);

        // Act and assert
        Assert.Empty(set.Failures);
        Assert.Equal(7.5m, set.Find("Total")!.Evaluate(Order));
        Assert.Equal(true, set.Find("Dates")!.Evaluate(Order));
        Assert.Equal("ann: Spring order", set.Find("Title")!.Evaluate(Order));
        Assert.Equal(DateOnly.FromDateTime(ExpressionTestSite.Now.UtcDateTime), set.Find("Ordered")!.Evaluate(Order));
        Assert.Equal(6, set.Find("Lines")!.Evaluate(Order));
        Assert.Equal(ExpressionRole.Constraint, set.Find("Dates")!.Role);
        Assert.Null(set.Find("Unknown"));
    }

    [Fact]
    public async Task Compile_BadCode_IsReportedByKeyWithItsOwnLineAndColumnWhileTheOthersCompile()
    {
        // Arrange
        await using var site = new ExpressionTestSite();
        const string unknownName = "Document.GetDecimal(\"Quantity\") * Nope";
        const string secondLine = "1 +\n  Missing";

        // Act
        using var set = site.Compiler.Compile(
        [
            new("Good", "Document.GetDecimal(\"Quantity\") + 1", ExpressionRole.Computed),
            new("UnknownName", unknownName, ExpressionRole.Computed),
            new("SecondLine", secondLine, ExpressionRole.Default),
            new("VoidCall", "Log.Info(\"x\")", ExpressionRole.Computed),
            new("AlsoGood", "User.IsInRole(\"Sales\")", ExpressionRole.Constraint),
        ]);

        // Assert
        Assert.Equal(["SecondLine", "UnknownName", "VoidCall"], set.Failures.Keys.Order(StringComparer.Ordinal));
        var unknown = Assert.Single(set.Failures["UnknownName"]);
        Assert.Equal(("CS0103", 1, unknownName.IndexOf("Nope", StringComparison.Ordinal) + 1), (unknown.Code, unknown.Line, unknown.Column));
        var missing = Assert.Single(set.Failures["SecondLine"]);
        Assert.Equal(("CS0103", 2, 3), (missing.Code, missing.Line, missing.Column));
        Assert.Contains("void", Assert.Single(set.Failures["VoidCall"]).Message, StringComparison.Ordinal);
        Assert.Null(set.Find("UnknownName"));
        Assert.Equal(4m, set.Find("Good")!.Evaluate(Order));
        Assert.Equal(true, set.Find("AlsoGood")!.Evaluate(Order));
    }

    [Fact]
    public async Task Compile_SandboxViolation_IsReportedAndLeftOut()
    {
        // Arrange
        await using var site = new ExpressionTestSite();

        // Act
        using var set = site.Compiler.Compile(
        [
            new("Files", "System.IO.File.Exists(\"x\")", ExpressionRole.Constraint),
            new("Env", "Environment.MachineName", ExpressionRole.Title),
            new("Fine", "1 + 1", ExpressionRole.Computed),
        ]);

        // Assert
        var files = Assert.Single(set.Failures["Files"], d => d.Code == "ERP1003");
        Assert.Equal(1, files.Line);
        Assert.Contains(set.Failures["Env"], d => d.Code == "ERP1008");
        Assert.Null(set.Find("Files"));
        Assert.Equal(2, set.Find("Fine")!.Evaluate(Order));
    }

    [Theory]
    [InlineData("1); System.IO.File.Delete(\"x\"); (1")]
    [InlineData("1 }\n public static void Run() { System.IO.File.Delete(\"x\"); } int X() { return 1")]
    [InlineData("1;")]
    [InlineData("1 /* unterminated")]
    [InlineData("")]
    public async Task Compile_MoreThanOneExpression_IsRefusedBeforeCompiling(string code)
    {
        // Arrange
        await using var site = new ExpressionTestSite();

        // Act
        using var set = site.Compiler.Compile([new("Injected", code, ExpressionRole.Computed), new("Fine", "2", ExpressionRole.Computed)]);

        // Assert
        Assert.NotEmpty(set.Failures["Injected"]);
        Assert.Null(set.Find("Injected"));
        Assert.Equal(2, set.Find("Fine")!.Evaluate(Order));
    }

    [Fact]
    public async Task Compile_PreprocessorDirectiveInAnExpression_IsRefused()
    {
        // Arrange
        await using var site = new ExpressionTestSite();

        // Act
        using var set = site.Compiler.Compile([new("Moved", "1 +\n#line 40 \"Other\"\n2", ExpressionRole.Computed)]);

        // Assert
        Assert.Contains(set.Failures["Moved"], d => d.Code == ExpressionRules.Directive && d.Line == 2);
    }

    [Fact]
    public async Task Compile_ConstraintThatIsNotBool_IsReported()
    {
        // Arrange
        await using var site = new ExpressionTestSite();

        // Act
        using var set = site.Compiler.Compile([new("Positive", "Document.GetDecimal(\"Quantity\")", ExpressionRole.Constraint)]);

        // Assert
        var diagnostic = Assert.Single(set.Failures["Positive"]);
        Assert.Equal(ExpressionRules.ConstraintNotBool, diagnostic.Code);
        Assert.Contains("decimal", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compile_DuplicateKeys_Throws()
    {
        await using var site = new ExpressionTestSite();

        var ex = Assert.Throws<ArgumentException>(() => site.Compiler.Compile([new("A", "1", ExpressionRole.Computed), new("A", "2", ExpressionRole.Computed)]));

        Assert.Equal("sources", ex.ParamName);
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_RunawayQuery_IsStoppedByTheExpressionBudget()
    {
        // Arrange
        var budgets = new ScriptBudgetOptions { Expression = new ComponentBudgetOptions { Timeout = "00:00:00.200", MaxAllocatedBytes = "16777216", MaxRecursionDepth = "64" } };
        await using var site = new ExpressionTestSite(budgets);
        using var set = site.Compiler.Compile([new("Endless", "Enumerable.Range(0, int.MaxValue).Count(i => i >= 0)", ExpressionRole.Computed)]);
        var started = Stopwatch.StartNew();

        // Act
        var ex = Assert.Throws<ExpressionFailedException>(() => set.Find("Endless")!.Evaluate(Order));

        // Assert
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"stopped after {started.Elapsed}");
        Assert.Equal("Endless", ex.Key);
        Assert.StartsWith("line 1: ScriptTimeoutException", ex.Reason, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ScriptBudgetException>(ex.InnerException);
        Assert.Equal("Types.ExpressionFailed", ex.Code);
    }

    [Fact]
    public async Task Evaluate_CodeThatThrows_FailsNamingTheExpressionAndLine()
    {
        // Arrange: a frame's line is its statement's, so a line past the first shows only inside a lambda
        await using var site = new ExpressionTestSite();
        using var set = site.Compiler.Compile(
        [
            new("Missing", "1m + Document.GetDecimal(\"Discount\")", ExpressionRole.Computed),
            new("Divide", "new[] { 1m, 2m }\n  .Sum(x => x / (Document.GetDecimal(\"Quantity\") - 3))", ExpressionRole.Computed),
        ]);

        // Act
        var missing = Assert.Throws<ExpressionFailedException>(() => set.Find("Missing")!.Evaluate(Order));
        var divide = Assert.Throws<ExpressionFailedException>(() => set.Find("Divide")!.Evaluate(Order));

        // Assert
        Assert.StartsWith("Missing: line 1: InvalidOperationException", missing.Message, StringComparison.Ordinal);
        Assert.Contains("Discount", missing.Reason, StringComparison.Ordinal);
        Assert.StartsWith("line 2: DivideByZeroException", divide.Reason, StringComparison.Ordinal);
        Assert.IsType<DivideByZeroException>(divide.InnerException);
    }

    [Fact]
    public async Task Evaluate_CancelledCall_FailsAsTheExpression()
    {
        // Arrange
        await using var site = new ExpressionTestSite();
        using var set = site.Compiler.Compile([new("Endless", "Enumerable.Range(0, int.MaxValue).Count(i => i >= 0)", ExpressionRole.Computed)]);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        // Act
        var ex = Assert.Throws<ExpressionFailedException>(() => set.Find("Endless")!.Evaluate(Order with { CancellationToken = cancelled.Token }));

        // Assert
        Assert.IsType<ScriptCancelledException>(ex.InnerException);
    }

    [Fact]
    public async Task Compile_SameSourcesTwice_SharesTheLoadedCodeWithoutCompilingAgain()
    {
        // Arrange
        await using var site = new ExpressionTestSite();
        IReadOnlyList<ExpressionSource> sources = [new("Total", "Document.GetDecimal(\"Quantity\") * 2", ExpressionRole.Computed), new("Bad", "Nope", ExpressionRole.Title)];
        using var first = site.Compiler.Compile(sources);

        // Act
        var started = Stopwatch.StartNew();
        using var second = site.Compiler.Compile([.. sources.Reverse()]);
        var elapsed = started.Elapsed;

        // Assert
        Assert.Equal((1, 1), (site.Compiler.Compilations, site.Compiler.Loads));
        Assert.Same(((ScriptedExpressionSet)first).Loaded, ((ScriptedExpressionSet)second).Loaded);
        Assert.Same(first.Find("Total"), second.Find("Total"));
        Assert.Equal(first.Failures, second.Failures);
        Assert.True(elapsed < TimeSpan.FromMilliseconds(50), $"an unchanged set took {elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Compile_ChangedSource_CompilesANewSet()
    {
        await using var site = new ExpressionTestSite();
        using var first = site.Compiler.Compile([new("Total", "1", ExpressionRole.Computed)]);

        using var second = site.Compiler.Compile([new("Total", "2", ExpressionRole.Computed)]);

        Assert.Equal(2, site.Compiler.Compilations);
        Assert.Equal(2, second.Find("Total")!.Evaluate(Order));
        Assert.Equal(1, first.Find("Total")!.Evaluate(Order));
    }

    [Fact]
    public async Task Dispose_LastHolder_UnloadsTheCode()
    {
        // Arrange
        await using var site = new ExpressionTestSite();
        var (first, second, unloaded, expression) = CompileTwice(site.Compiler);

        // Act and assert: one holder left keeps the code running
        first.Dispose();
        Assert.Equal(1, expression.Evaluate(Order));
        Assert.Equal(1, site.Compiler.LiveSets);

        second.Dispose();
        Assert.Equal(0, site.Compiler.LiveSets);
        Assert.Throws<ObjectDisposedException>(() => expression.Evaluate(Order));
        Assert.Throws<ObjectDisposedException>(() => second.Find("One"));
        Assert.True(WaitForUnload(unloaded), "the expression set's load context was not collected");
    }

    [Fact]
    public async Task Compile_SetAgainAfterItUnloaded_LoadsItWithoutCompiling()
    {
        // Arrange
        await using var site = new ExpressionTestSite();
        site.Compiler.Compile([new("One", "1", ExpressionRole.Computed)]).Dispose();

        // Act
        using var again = site.Compiler.Compile([new("One", "1", ExpressionRole.Computed)]);

        // Assert
        Assert.Equal((1, 2), (site.Compiler.Compilations, site.Compiler.Loads));
        Assert.Equal(1, again.Find("One")!.Evaluate(Order));
    }

    [Fact]
    public async Task Compile_NoSources_GivesAnEmptySet()
    {
        await using var site = new ExpressionTestSite();

        using var set = site.Compiler.Compile([]);

        Assert.Empty(set.Failures);
        Assert.Null(set.Find("Anything"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ExpressionSet First, ExpressionSet Second, WeakReference Unloaded, CompiledExpression Expression) CompileTwice(ExpressionCompiler compiler)
    {
        IReadOnlyList<ExpressionSource> sources = [new("One", "1", ExpressionRole.Computed)];
        var first = compiler.Compile(sources);
        var second = compiler.Compile(sources);
        var loaded = ((ScriptedExpressionSet)first).Loaded;
        Assert.NotNull(loaded.Unloaded.Target);
        return (first, second, loaded.Unloaded, first.Find("One")!);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool WaitForUnload(WeakReference handle)
    {
        for (var i = 0; i < 50 && handle.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Thread.Sleep(20);
        }

        return !handle.IsAlive;
    }
}
