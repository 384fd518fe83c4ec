namespace ErpCode.Cli.Tests;

/// <summary>The template verbs on a real site, with the template engine's own fixture templates as the repository.</summary>
public sealed class TemplateVerbTests
{
    private static readonly string Repository = Path.Combine(CliTestSite.RepositoryRoot(), "tests", "ErpCode.Templates.Tests", "Fixtures", "business-templates");

    [Fact]
    public async Task Install_shows_its_plan_and_needs_a_yes_without_a_terminal_then_list_diff_and_uninstall_follow()
    {
        using var site = new CliTestSite();

        var unconfirmed = await site.RunAsync("template", "install", "tpl_sales", "--repository", Repository);
        var installed = await site.RunAsync("template", "install", "tpl_sales", "--repository", Repository, "--yes");
        var list = await site.RunAsync("template", "list", "--repository", Repository);
        var diff = await site.RunAsync("template", "diff", "tpl_sales", "--repository", Repository);
        var blocked = await site.RunAsync("template", "uninstall", "tpl_base", "--repository", Repository, "--yes");
        var removed = await site.RunAsync("template", "uninstall", "tpl_sales", "--repository", Repository, "--yes");

        Assert.Equal(1, unconfirmed.ExitCode);
        Assert.Contains("Install tpl_base", unconfirmed.Output, StringComparison.Ordinal);
        Assert.Contains("add --yes", unconfirmed.Output, StringComparison.Ordinal);
        Assert.Equal(0, installed.ExitCode);
        Assert.Contains("Done:", installed.Output, StringComparison.Ordinal);
        Assert.Contains("tpl_sales", list.Output, StringComparison.Ordinal);
        Assert.Contains("0 item(s) differ", diff.Output, StringComparison.Ordinal);
        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("tpl_sales", blocked.Output, StringComparison.Ordinal);
        Assert.Equal(0, removed.ExitCode);
    }

    [Fact]
    public async Task A_template_that_does_not_compile_is_refused_with_exit_1_and_nothing_is_installed()
    {
        using var site = new CliTestSite();

        var refused = await site.RunAsync("template", "install", "bad_component", "--repository", Repository, "--yes");
        var list = await site.RunAsync("template", "list", "--repository", Repository);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("Broken", refused.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("bad_component │ 1", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_an_installed_template_back_to_its_files()
    {
        using var site = new CliTestSite();
        var target = Path.Combine(Path.GetTempPath(), "erpcode-cli-export", Guid.NewGuid().ToString("N"));

        await site.RunAsync("template", "install", "tpl_base", "--repository", Repository, "--yes");
        var exported = await site.RunAsync("template", "export", "tpl_base", "--repository", Repository, "--to", target);

        Assert.Equal(0, exported.ExitCode);
        var original = Path.Combine(Repository, "tpl_base");
        foreach (var file in Directory.GetFiles(original, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, "tpl_base", Path.GetRelativePath(original, file));
            Assert.Equal(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(copy, TestContext.Current.CancellationToken));
        }

        Directory.Delete(target, recursive: true);
    }

    [Fact]
    public async Task Component_list_and_show_tell_a_script_installed_as_an_action_of_the_site_and_who_runs_it()
    {
        using var site = new CliTestSite();

        await site.RunAsync("template", "install", "tpl_actions", "--repository", Repository, "--yes");
        var list = await site.RunAsync("component", "list");
        var show = await site.RunAsync("component", "show", "CustomerTotal");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("Site action run by", list.Output, StringComparison.Ordinal);
        Assert.Contains("Sales, Manager", list.Output, StringComparison.Ordinal);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("action of the site: POST /odata/CustomerTotal(Customer: String, Since?: Date) → Decimal, run by Sales, Manager", show.Output, StringComparison.Ordinal);
    }
}
