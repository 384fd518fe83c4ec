using System.Diagnostics;
using ErpCode.Scripting.Sandbox;

namespace ErpCode.Scripting.Tests.Sandbox;

[CollectionDefinition(nameof(SandboxPerformanceTests), DisableParallelization = true)]
[Collection(nameof(SandboxPerformanceTests))]
public sealed class SandboxPerformanceTests
{
    [Fact]
    public void Check_OfA300LineComponent_CostsAboutOneCompilerPass()
    {
        // Arrange: a fresh compilation per run, as every save makes one; the first run warms Roslyn up.
        var source = SampleComponent.Source();
        var lineCount = source.Split('\n').Length;
        var checks = new List<double>();
        var compiles = new List<double>();
        Assert.Empty(SandboxCompilations.CompilerErrors(SandboxCompilations.Library(source)));
        Assert.Empty(SandboxChecker.Check(SandboxCompilations.Library(source), TestContext.Current.CancellationToken));

        // Act
        for (var run = 0; run < 15; run++)
        {
            var compilation = SandboxCompilations.Library(source);
            var watch = Stopwatch.StartNew();
            var diagnostics = SandboxChecker.Check(compilation, TestContext.Current.CancellationToken);
            checks.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Empty(diagnostics);

            // The compiler's own diagnostics of the same code, for scale.
            watch.Restart();
            SandboxCompilations.Library(source).GetDiagnostics(TestContext.Current.CancellationToken);
            compiles.Add(watch.Elapsed.TotalMilliseconds);
        }

        // Assert: on the fastest run, which a busy machine disturbs least; the bound only catches a blow-up.
        checks.Sort();
        compiles.Sort();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"sandbox check of {lineCount} lines: min {checks[0]:0.0} ms, median {checks[checks.Count / 2]:0.0} ms; " +
            $"compiler diagnostics: min {compiles[0]:0.0} ms, median {compiles[compiles.Count / 2]:0.0} ms");
        Assert.InRange(lineCount, 280, 340);
        Assert.True(checks[0] < 1000, $"fastest check took {checks[0]:0.0} ms");
    }
}
