using System.Globalization;
using ErpCode.Scripting.Sandbox;
using Microsoft.CodeAnalysis;

namespace ErpCode.Scripting.Tests.Sandbox;

public sealed class SandboxCheckerTests
{
    [Fact]
    public void Check_ForbiddenCall_ReportsOneErrorNamingTheMemberAtItsPosition()
    {
        // Arrange
        var compilation = SandboxCompilations.Library("""
            public class Snippet
            {
                public string Run() => System.IO.File.ReadAllText("/etc/passwd");
            }
            """);

        // Act
        var diagnostics = SandboxChecker.Check(compilation, TestContext.Current.CancellationToken);

        // Assert: the type on the same line is not reported again.
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("ERP1003", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            "'System.IO.File.ReadAllText(string)' is not allowed in stored code: files and directories are not available; keep data in documents",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var position = diagnostic.Location.GetLineSpan();
        Assert.Equal("Snippet.cs", position.Path);
        Assert.Equal(2, position.StartLinePosition.Line);
        Assert.Equal(42, position.StartLinePosition.Character);
    }

    [Fact]
    public void Check_SemanticModel_ChecksOnlyItsTree()
    {
        // Arrange
        var compilation = SandboxCompilations.Library("public class A { public void Run() => System.Console.WriteLine(); }", "A.cs")
            .AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public class B { public void Run() => System.GC.Collect(); }", path: "B.cs", cancellationToken: TestContext.Current.CancellationToken));
        var b = compilation.SyntaxTrees.Single(t => t.FilePath == "B.cs");

        // Act
        var all = SandboxChecker.Check(compilation, TestContext.Current.CancellationToken);
        var onlyB = SandboxChecker.Check(compilation.GetSemanticModel(b), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(["A.cs", "B.cs"], all.Select(d => d.Location.SourceTree!.FilePath));
        Assert.Equal("ERP1009", Assert.Single(onlyB).Id);
    }

    [Fact]
    public void Check_CancelledToken_Throws()
    {
        var compilation = SandboxCompilations.Library("public class A { }");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SandboxChecker.Check(compilation, cancelled.Token));
    }

    [Fact]
    public void Check_CustomAllowList_DenialBeatsAllowance()
    {
        // Arrange
        var allowList = SandboxAllowList.Parse("""
            N:System.Collections.Generic
            -T:System.Collections.Generic.Stack`1  threading
            T:System.Object
            T:System.Int32
            """);
        var compilation = SandboxCompilations.Library("""
            public class Snippet
            {
                public int Run() => new System.Collections.Generic.List<int>().Count + new System.Collections.Generic.Stack<int>().Count;
            }
            """);

        // Act
        var diagnostics = Check(compilation, allowList);

        // Assert
        Assert.All(diagnostics, d => Assert.Equal("ERP1006", d.Id));
        Assert.Contains(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("'System.Collections.Generic.Stack<System.Int32>.Count'", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("List", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TypeWithOnlyListedMembers_AllowsThoseAndRejectsTheRest()
    {
        // Arrange
        var allowList = SandboxAllowList.Parse("""
            T:System.Object
            T:System.String
            T:System.Int32
            M:System.Text.StringBuilder.#ctor
            M:System.Text.StringBuilder.Append(System.String)
            """);
        var compilation = SandboxCompilations.Library("""
            public class Snippet
            {
                public int Run()
                {
                    var builder = new System.Text.StringBuilder();
                    builder.Append("a");
                    return builder.Length;
                }
            }

            public class Builder : System.Collections.Generic.List<int>
            {
            }
            """);

        // Act
        var diagnostics = Check(compilation, allowList);

        // Assert
        Assert.Collection(
            diagnostics,
            d => Assert.Equal(("ERP1001", 7), (d.Id, Line(d))),
            d => Assert.Equal(("ERP1001", 11), (d.Id, Line(d))));
        Assert.Contains("'System.Text.StringBuilder.Length'", diagnostics[0].GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DerivingFromATypeWithOnlyListedMembers_IsRejected()
    {
        var allowList = SandboxAllowList.Parse("""
            T:System.Object
            M:System.Collections.Generic.List`1.Add
            """);
        var compilation = SandboxCompilations.Library("public class Numbers : System.Collections.Generic.List<object> { }");

        var diagnostic = Assert.Single(Check(compilation, allowList));

        Assert.Equal("ERP1023", diagnostic.Id);
        Assert.Contains("base type 'System.Collections.Generic.List<System.Object>'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_AreErrorsWithSequentialIds()
    {
        Assert.Equal(
            Enumerable.Range(1001, SandboxRules.All.Length).Select(n => $"ERP{n}"),
            SandboxRules.All.Select(r => r.Id));
        Assert.All(SandboxRules.All, r => Assert.Equal(DiagnosticSeverity.Error, r.DefaultSeverity));
        Assert.All(Enum.GetValues<SandboxCategory>(), c => Assert.Contains(SandboxRules.For(c), SandboxRules.All));
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Check(Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation, SandboxAllowList allowList) =>
        SandboxChecker.Check(compilation.SyntaxTrees.Select(t => compilation.GetSemanticModel(t)), allowList, TestContext.Current.CancellationToken);

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
}
