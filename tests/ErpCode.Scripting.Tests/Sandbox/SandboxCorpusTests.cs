using ErpCode.Scripting.Sandbox;
using Microsoft.CodeAnalysis;

namespace ErpCode.Scripting.Tests.Sandbox;

public sealed class SandboxCorpusTests
{
    public static TheoryData<string> HostileNames => [.. HostileCorpus.All.Select(c => c.Name)];

    public static TheoryData<string> BenignNames => [.. BenignCorpus.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void HostileSnippet_IsRejected_NamingTheSymbolOnItsLine(string name)
    {
        // Arrange
        var snippet = HostileCorpus.Named(name);
        var compilation = SandboxCompilations.For(snippet);

        // Act
        var diagnostics = SandboxChecker.Check(compilation, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(snippet.ExpectedLine > 0, $"{name} marks no line with {SandboxCase.Marker}");
        var found = diagnostics.Where(d =>
            d.Id == snippet.RuleId
            && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(snippet.Symbol, StringComparison.Ordinal)
            && d.Location.GetLineSpan().StartLinePosition.Line + 1 == snippet.ExpectedLine);
        Assert.True(found.Any(), $"{name}: expected {snippet.RuleId} naming {snippet.Symbol} on line {snippet.ExpectedLine}, got:\n{Describe(diagnostics)}");
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Theory]
    [MemberData(nameof(BenignNames))]
    public void BenignSnippet_PassesTheSandboxAndCompiles(string name)
    {
        // Arrange
        var snippet = BenignCorpus.Named(name);
        var compilation = SandboxCompilations.For(snippet);

        // Act
        var diagnostics = SandboxChecker.Check(compilation, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(diagnostics.IsEmpty, $"{name}:\n{Describe(diagnostics)}");
        var errors = SandboxCompilations.CompilerErrors(compilation).ToList();
        Assert.True(errors.Count == 0, $"{name} does not compile:\n{Describe(errors)}");
    }

    [Fact]
    public void Corpora_AreLargeEnoughAndNamedUniquely()
    {
        Assert.True(HostileCorpus.All.Count >= 45, $"{HostileCorpus.All.Count} hostile cases");
        Assert.True(BenignCorpus.All.Count >= 15, $"{BenignCorpus.All.Count} benign cases");
        var names = HostileCorpus.All.Concat(BenignCorpus.All).Select(c => c.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void HostileCorpus_CoversEveryRule()
    {
        var covered = HostileCorpus.All.Select(c => c.RuleId).ToHashSet(StringComparer.Ordinal);
        var uncovered = SandboxRules.All.Select(r => r.Id).Where(id => id != SandboxRules.NotAllowed.Id && !covered.Contains(id));
        Assert.Empty(uncovered);
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"  {d.Id} line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
}
