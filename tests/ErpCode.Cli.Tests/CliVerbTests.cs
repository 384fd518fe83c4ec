namespace ErpCode.Cli.Tests;

/// <summary>The erpcode verbs on a real site: what they print, what they change, and their exit codes.</summary>
public sealed class CliVerbTests
{
    [Fact]
    public async Task Users_are_added_listed_and_given_roles_and_refusals_exit_with_1()
    {
        using var site = new CliTestSite();

        var added = await site.RunAsync("user", "add", "bob", "--password", "long-enough-1", "--role", "Author", "--display-name", "Bob B");
        var tooShort = await site.RunAsync("user", "add", "carol", "--password", "short");
        var developer = await site.RunAsync("user", "roles", "bob", "Developer");
        var roles = await site.RunAsync("user", "roles", "bob", "Author", "Auditor");
        var list = await site.RunAsync("user", "list");

        Assert.Equal((0, "Created bob with roles [Author]."), (added.ExitCode, added.Output.Trim()));
        Assert.Equal(1, tooShort.ExitCode);
        Assert.Contains("at least 8 characters", tooShort.Output, StringComparison.Ordinal);
        Assert.Equal(1, developer.ExitCode);
        Assert.Contains("Security:Developers", developer.Output, StringComparison.Ordinal);
        Assert.Equal("bob holds [Auditor, Author].", roles.Output.Trim());
        Assert.Contains("Bob B", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("carol", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_is_needed_and_cannot_be_asked_for_without_a_terminal()
    {
        using var site = new CliTestSite();

        var missing = await site.RunAsync("user", "add", "bob");
        await site.RunAsync("user", "add", "bob", "--password", "long-enough-1");
        var changed = await site.RunAsync("user", "passwd", "bob", "--password", "another-one-2");
        var unknown = await site.RunAsync("user", "passwd", "nobody", "--password", "another-one-2");

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("--password", missing.Output, StringComparison.Ordinal);
        Assert.Equal(0, changed.ExitCode);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("nobody", unknown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_info_and_component_verbs_show_the_site()
    {
        using var site = new CliTestSite();

        var info = await site.RunAsync("site", "info");
        var components = await site.RunAsync("component", "list");
        var show = await site.RunAsync("component", "show", "Nothing");
        var test = await site.RunAsync("component", "test", "Nothing");

        Assert.Equal(0, info.ExitCode);
        Assert.Contains("Sqlite", info.Output, StringComparison.Ordinal);
        Assert.Contains("Revision", info.Output, StringComparison.Ordinal);
        Assert.Equal(0, components.ExitCode);
        Assert.Equal((1, "There is no component 'Nothing'."), (show.ExitCode, show.Output.Trim()));
        Assert.Equal(1, test.ExitCode);
        Assert.Contains("not a running Test component", test.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_verbs_fail_and_every_branch_has_help()
    {
        using var site = new CliTestSite();

        var unknown = await site.RunAsync("nosuch");
        var help = await site.RunAsync("user", "--help");

        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("passwd", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Component_source_is_saved_from_a_file_kept_when_it_does_not_compile_and_shown_back()
    {
        using var site = new CliTestSite();
        var file = Path.Combine(Path.GetTempPath(), $"erpcode-cli-{Guid.NewGuid():N}.cs");
        await File.WriteAllTextAsync(file, "Log.Info(\"hello\");", TestContext.Current.CancellationToken);

        var noKind = await site.RunAsync("component", "save", "Hello", file);
        var saved = await site.RunAsync("component", "save", "Hello", file, "--kind", "Script");
        await File.WriteAllTextAsync(file, "Log.Info(\"hello\"", TestContext.Current.CancellationToken);
        var broken = await site.RunAsync("component", "save", "Hello", file);
        var source = await site.RunAsync("component", "show", "Hello", "--source");
        File.Delete(file);

        Assert.Equal(1, noKind.ExitCode);
        Assert.Contains("--kind", noKind.Output, StringComparison.Ordinal);
        Assert.Equal(0, saved.ExitCode);
        Assert.Contains("runs on every node", saved.Output, StringComparison.Ordinal);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("last validated version keeps running", broken.Output, StringComparison.Ordinal);
        Assert.Equal("Log.Info(\"hello\"", source.Output);
    }
}
