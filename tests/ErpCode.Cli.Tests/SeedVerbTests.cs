namespace ErpCode.Cli.Tests;

/// <summary>The quick start through the CLI: the shipped templates install, the seed loads, and loading it again adds nothing.</summary>
public sealed class SeedVerbTests
{
    [Fact]
    public async Task The_shipped_templates_install_and_the_seed_loads_once()
    {
        using var site = new CliTestSite();
        var root = CliTestSite.RepositoryRoot();

        var installed = await site.RunAsync("template", "install", "erp_accounting", "--repository", Path.Combine(root, "business-templates"), "--yes");
        var first = await site.RunAsync("seed", "--from", Path.Combine(root, "seed"));
        var again = await site.RunAsync("seed", "--from", Path.Combine(root, "seed"));
        var tests = await site.RunAsync("component", "test");

        Assert.True(installed.ExitCode == 0, installed.Output);
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.DoesNotContain(" 0 documents created", first.Output, StringComparison.Ordinal);
        Assert.Contains("Seed loaded: 0 documents created", again.Output, StringComparison.Ordinal);
        Assert.True(tests.ExitCode == 0, tests.Output);
    }
}
