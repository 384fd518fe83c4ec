using ErpCode.Scripting.Budgets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErpCode.Scripting.Tests.Budgets;

public sealed class CheckpointRewriterTests
{
    private const string Check = "global::ErpCode.Scripting.Runtime.Budget.Check();";
    private const string Poll = "global::ErpCode.Scripting.Runtime.Budget.Poll();";
    private const string Thread = "global::ErpCode.Scripting.Runtime.BudgetThread";
    private const string Enter = "global::ErpCode.Scripting.Runtime.Budget.Enter();";

    // Every construct the rewriter touches, in the layouts people write.
    private const string Everything = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Linq.Expressions;
        using System.Threading.Tasks;

        public sealed class Sample : IDisposable
        {
            private readonly List<int> _items = [1, 2, 3];
            private int _value;

            public Sample() { _value = 1; }
            public Sample(int value) => _value = value;
            ~Sample() { _value = 0; }

            public int Value
            {
                get { return _value; }
                set => _value = value;
            }

            public int Twice => _value * 2;
            public int Thrice
                => _value * 3;
            public int this[int index] => _items[index];
            public event EventHandler? Changed { add { } remove => Console.WriteLine(); }

            public static Sample operator +(Sample a, Sample b) => new(a._value + b._value);
            public static implicit operator int(Sample s) =>
                s._value;

            public void Dispose() => _value = 0;
            public void Fail() => throw new InvalidOperationException();
            public int FailValue() => throw new InvalidOperationException();
            public async Task WaitAsync() => await Task.Yield();
            public async Task<int> ValueAsync() => await Task.FromResult(1);
            public ref int Slot() => ref _value;

            public int Loops(int n)
            {
                var total = 0;
                for (var i = 0; i < n; i++) total += i;
                for (var i = 0; i < n; i++)
                {
                    total += i;
                }
                while (n-- > 0)
                    total++;
                do { total--; } while (total > 100);
                do total--;
                while (total > 50);
                foreach (var item in _items) { total += item; }
                foreach (var (a, b) in new[] { (1, 2) }) total += a + b;
                for (;;) break;
                while (true) { if (total > 0) break; total++; }
                return total;
            }

            public int Lambdas()
            {
                Func<int, int> square = x => x * x;
                Func<int, int, int> add = (x, y) =>
                    x + y;
                Action log = () => Console.WriteLine("x");
                Action<int> set = v => _value = v;
                Func<int, int> assign = v => _value = v;
                Func<int> anonymous = delegate { return 1; };
                Func<Task> wait = async () => await Task.Yield();
                Func<Task<int>> value = async () => await Task.FromResult(2);
                Func<int> thrower = () => throw new InvalidOperationException();
                Expression<Func<int, int>> tree = x => x + 1;
                Func<int, int> block = x => { return x; };
                var natural = (int x) => x + 1;
                int Local(int x) => x + square(x);
                void LocalVoid() => Console.WriteLine();
                static int LocalBlock(int x)
                {
                    return x;
                }
                LocalVoid();
                return Local(1) + add(1, 2) + assign(3) + anonymous() + block(1) + natural(1) + LocalBlock(2) + tree.Parameters.Count;
            }

            public IEnumerable<int> Iterate()
            {
                foreach (var item in _items) yield return item;
            }

            public int Queries()
            {
                var squares = from a in _items
                              from b in _items
                              let c = a * b
                              where c > 1
                              orderby c descending, a
                              join d in _items on a equals d
                              select (a, c);
                var groups = from a in _items group a by a % 2 into g select g.Count();
                var queryable = from a in _items.AsQueryable() where a > 1 select a;
                return squares.Count() + groups.Sum() + queryable.Count();
            }

            public int Catches(int n)
            {
                try { n++; }
                catch (InvalidOperationException e) when (e.Message == "x") { n--; }
                catch (ArgumentException) { n--; }
                catch (Exception e)
                {
                    n -= e.HResult;
                }
                catch
                {
                    try { n++; } catch { n--; }
                }
                try { n++; } catch when (n > 0) { n--; }
                return n;
            }

            public int Jumps(int n)
            {
            again:
                n--;
                if (n > 0) goto again;
                switch (n)
                {
                    case 0: goto case 1;
                    case 1: goto default;
                    default: break;
                }
                return n;
            }
        }
        """;

    [Fact]
    public void Rewrite_KeepsEveryTokenOnItsLine()
    {
        // Arrange
        var original = CompiledCode.Parse(Everything);
        var compilation = CompiledCode.Compilation(original);

        // Act
        var rewritten = CheckpointRewriter.Rewrite(compilation.GetSemanticModel(original));

        // Assert
        AssertTokensKeepTheirLines(original, rewritten);
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
        AssertTokensKeepTheirLines(original, rewritten);
        Assert.Contains($"for (var i = 0; i < 10; i++)\n    {{ {Check} total += Fib(i); }}", rewritten.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(SourceCodeKind.Script, rewritten.Options.Kind);
    }

    [Fact]
    public void Rewrite_Everything_StillCompiles()
    {
        // Arrange
        var compilation = CompiledCode.Compilation(CompiledCode.Parse(Everything));

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
                public int Use(int[] items) => items.Select(x => x + 1).Select(Thrice).Sum() + Twice(Sum(items));
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

    // Each line of the rewritten text holds the original line's tokens, in order, with inserted tokens between them.
    // Only the arrow and the semicolon of an expression-bodied member may go, replaced by braces on the same line.
    private static void AssertTokensKeepTheirLines(SyntaxTree original, SyntaxTree rewritten)
    {
        var before = TokensByLine(original);
        var after = TokensByLine(rewritten);
        Assert.Equal(original.GetText().Lines.Count, rewritten.GetText().Lines.Count);
        foreach (var (line, tokens) in before)
        {
            var candidates = after.GetValueOrDefault(line, []);
            var next = 0;
            foreach (var token in tokens)
            {
                var found = candidates.FindIndex(next, t => t.Text == token.Text);
                if (found < 0 && token.Kind() is SyntaxKind.EqualsGreaterThanToken or SyntaxKind.SemicolonToken)
                {
                    continue;
                }

                Assert.True(found >= 0, $"Line {line + 1}: '{token.Text}' moved. Before: {string.Join(" ", tokens)}  After: {string.Join(" ", candidates)}");
                next = found + 1;
            }
        }
    }

    private static Dictionary<int, List<SyntaxToken>> TokensByLine(SyntaxTree tree) => tree.GetRoot()
        .DescendantTokens()
        .Where(t => !t.IsKind(SyntaxKind.EndOfFileToken))
        .GroupBy(t => t.GetLocation().GetLineSpan().StartLinePosition.Line)
        .ToDictionary(g => g.Key, g => g.ToList());
}
