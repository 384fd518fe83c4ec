using ErpCode.Scripting.Budgets;
using Microsoft.CodeAnalysis;

namespace ErpCode.Scripting.Tests.Budgets;

public sealed class CheckpointRewriterTests
{
    private const string Check = "global::ErpCode.Scripting.Runtime.Budget.Check();";
    private const string Poll = "global::ErpCode.Scripting.Runtime.Budget.Poll();";
    private const string Thread = "global::ErpCode.Scripting.Runtime.BudgetThread";
    private const string Enter = "global::ErpCode.Scripting.Runtime.Budget.Enter();";

    [Fact]
    public void Rewrite_KeepsEveryTokenOnItsLine()
    {
        // Arrange
        var original = CompiledCode.Parse(RewriterSamples.Everything);
        var compilation = CompiledCode.Compilation(original);

        // Act
        var rewritten = CheckpointRewriter.Rewrite(compilation.GetSemanticModel(original));

        // Assert
        TokenLines.AssertKept(original, rewritten);
    }

    [Fact]
    public void Rewrite_ScriptTree_KeepsEveryTokenOnItsLine()
    {
        // Arrange
        const string Script = """
            int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
            var total = 0;
            for (var i = 0; i < 10; i++)
                total += Fib(i);
            try { total++; } catch { total--; }
            total
            """;
        var original = CompiledCode.Parse(Script, SourceCodeKind.Script);
        var compilation = CompiledCode.Compilation(original);

        // Act
        var rewritten = CheckpointRewriter.Rewrite(compilation.GetSemanticModel(original));

        // Assert
        TokenLines.AssertKept(original, rewritten);
        Assert.Contains($"for (var i = 0; i < 10; i++)\n    {{ {Check} total += Fib(i); }}", rewritten.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(SourceCodeKind.Script, rewritten.Options.Kind);
    }

    [Fact]
    public void Rewrite_Everything_StillCompiles()
    {
        // Arrange
        var compilation = CompiledCode.Compilation(CompiledCode.Parse(RewriterSamples.Everything));

        // Act
        var rewritten = CheckpointRewriter.Rewrite(compilation);

        // Assert
        Assert.Empty(rewritten.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(CompiledCode.FileName, rewritten.SyntaxTrees.Single().FilePath);
    }

    [Fact]
    public void Rewrite_MethodBody_EntersAndExitsOnTheBraceLines()
    {
        // Act
        var text = RewriteText("""
            class C
            {
                int M(int x)
                {
                    while (x > 0) x = Next(x);
                    return x;
                }

                static int Next(int x) => x - 1;
            }
            """);

        // Assert
        Assert.Equal($$"""
            class C
            {
                int M(int x)
                { {{Thread}} __budget1 = {{Enter}} try {
                    while (x > 0) { __budget1.Check(); x = Next(x); }
                    return x;
                } finally { __budget1.Exit(); } }

                static int Next(int x) => x - 1;
            }
            """, text);
    }

    [Fact]
    public void Rewrite_ExpressionBodies_BecomeBlocksThatReturnOnlyWhenTheyHaveAValue()
    {
        // Act
        var text = RewriteText("""
            using System;
            class C
            {
                int _x;
                int Get() => Compute();
                void Set(int x) => Store(x);
                int P => Compute();
                Func<int> F() => () => Compute();
                Action A() => () => Store(1);
                int Compute() => _x;
                void Store(int x) => _x = x;
            }
            """);

        // Assert
        Assert.Contains($"int Get() {{ {Thread} __budget1 = {Enter} try {{ return Compute(); }} finally {{ __budget1.Exit(); }} }}", text, StringComparison.Ordinal);
        Assert.Contains($"void Set(int x) {{ {Thread} __budget2 = {Enter} try {{ Store(x); }} finally {{ __budget2.Exit(); }} }}", text, StringComparison.Ordinal);
        Assert.Contains($"int P {{ get {{ {Thread} __budget3 = {Enter} try {{ return Compute(); }} finally {{ __budget3.Exit(); }} }} }}", text, StringComparison.Ordinal);
        Assert.Contains($"() => {{ {Thread} __budget5 = {Enter} try {{ return Compute(); }} finally {{ __budget5.Exit(); }} }}", text, StringComparison.Ordinal);
        Assert.Contains($"() => {{ {Thread} __budget7 = {Enter} try {{ Store(1); }} finally {{ __budget7.Exit(); }} }}", text, StringComparison.Ordinal);
        Assert.Contains("int Compute() => _x;", text, StringComparison.Ordinal);
        Assert.Contains("void Store(int x) => _x = x;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_Leaves_PollOnlyWhereOtherCodeCanCallThemBack()
    {
        // Act
        var text = RewriteText("""
            using System;
            using System.Linq;
            public class C
            {
                public int Square(int x) => x * x;
                private int Twice(int x) => x * 2;
                private int Thrice(int x) => x * 3;
                public virtual int Negate(int x) => -x;
                public int Total { get; set; }
                public int Half => Total / 2;
                private static int Sum(int[] items)
                {
                    var sum = 0;
                    foreach (var item in items) sum += item;
                    return sum;
                }
                private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
                public int Use(int[] items) => items.Select(x => x + 1).Select(Thrice).Sum() + Twice(Sum(items)) + (int)Round2(1.5m);
            }
            """);

        // Assert
        Assert.Contains($"public int Square(int x) {{ {Poll} return x * x; }}", text, StringComparison.Ordinal);
        Assert.Contains("private int Twice(int x) => x * 2;", text, StringComparison.Ordinal);
        Assert.Contains($"private int Thrice(int x) {{ {Poll} return x * 3; }}", text, StringComparison.Ordinal);
        Assert.Contains($"public virtual int Negate(int x) {{ {Poll} return -x; }}", text, StringComparison.Ordinal);
        Assert.Contains("public int Half => Total / 2;", text, StringComparison.Ordinal);
        Assert.Contains($"foreach (var item in items) {{ {Poll} sum += item; }}", text, StringComparison.Ordinal);
        Assert.Contains($"x => {{ {Poll} return x + 1; }}", text, StringComparison.Ordinal);
        Assert.Contains("private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_CatchClauses_LetCanCatchDecideFirst()
    {
        // Act
        var text = RewriteText("""
            using System;
            class C
            {
                void M()
                {
                    try { } catch (InvalidOperationException e) when (e.Message == "x") { }
                    try { } catch (ArgumentException) { }
                    try { } catch { }
                }
            }
            """);

        // Assert
        const string CanCatch = "global::ErpCode.Scripting.Runtime.Budget.CanCatch";
        Assert.Contains($"catch (InvalidOperationException e) when ({CanCatch}(e) && (e.Message == \"x\")) {{ }}", text, StringComparison.Ordinal);
        Assert.Contains($"catch (ArgumentException __budgetException1) when ({CanCatch}(__budgetException1)) {{ }}", text, StringComparison.Ordinal);
        Assert.Contains($"catch (global::System.Exception __budgetException2) when ({CanCatch}(__budgetException2)) {{ }}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_ExpressionTreeLambdasAndQueryables_AreLeftAlone()
    {
        // Act
        var text = RewriteText("""
            using System;
            using System.Linq;
            using System.Linq.Expressions;
            class C
            {
                void M()
                {
                    Expression<Func<int, int>> tree = x => x + 1;
                    var query = from a in new[] { 1 }.AsQueryable() where a > 1 select a;
                }
            }
            """);

        // Assert
        Assert.Contains("Expression<Func<int, int>> tree = x => x + 1;", text, StringComparison.Ordinal);
        Assert.Contains("var query = from a in new[] { 1 }.AsQueryable() where a > 1 select a;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_TreeWithSyntaxErrors_Throws()
    {
        // Arrange
        var tree = CompiledCode.Parse("class C { void M() { while (true) { } }");
        var model = CompiledCode.Compilation(tree).GetSemanticModel(tree);

        // Act & Assert
        var exception = Assert.Throws<ArgumentException>(() => CheckpointRewriter.Rewrite(model));
        Assert.Equal("semanticModel", exception.ParamName);
        Assert.Contains(CompiledCode.FileName, exception.Message, StringComparison.Ordinal);
    }

    private static string RewriteText(string source)
    {
        var tree = CompiledCode.Parse(source);
        return CheckpointRewriter.Rewrite(CompiledCode.Compilation(tree).GetSemanticModel(tree)).ToString();
    }
}
