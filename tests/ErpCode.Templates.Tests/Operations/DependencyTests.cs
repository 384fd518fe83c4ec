using ErpCode.Templates.Errors;
using ErpCode.Templates.Tests.Support;

namespace ErpCode.Templates.Tests.Operations;

/// <summary>Dependencies: missing, incompatible and cyclic ones are refused before anything is installed.</summary>
public sealed class DependencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Install_with_a_missing_dependency_is_refused_naming_it()
    {
        await using var site = await TemplateTestSite.CreateAsync();

        var ex = await Assert.ThrowsAsync<TemplateDependencyException>(() => site.Templates.InstallAsync(Fixtures.Read("needs_missing"), Fixtures.Repository, null, site.Caller, Ct));

        Assert.Equal("needs_missing", ex.Template);
        Assert.Equal("nowhere ^1.0.0", ex.Dependency);
        Assert.Empty(await site.Templates.ListAsync(site.Caller, Ct));
    }

    [Fact]
    public async Task Install_with_an_installed_dependency_of_an_incompatible_version_is_refused()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        await site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct);

        var ex = await Assert.ThrowsAsync<TemplateDependencyException>(() => site.Templates.InstallAsync(Fixtures.Read("needs_new_base"), Fixtures.Repository, null, site.Caller, Ct));

        Assert.Contains("version 1.0.0 is installed, outside the range >=2.0.0", ex.Message, StringComparison.Ordinal);
        Assert.Single(await site.Templates.ListAsync(site.Caller, Ct));
    }

    [Fact]
    public async Task Install_with_a_repository_dependency_of_an_incompatible_version_is_refused()
    {
        await using var site = await TemplateTestSite.CreateAsync();

        var ex = await Assert.ThrowsAsync<TemplateDependencyException>(() => site.Templates.PlanInstallAsync(Fixtures.Read("needs_new_base"), Fixtures.Repository, site.Caller, Ct));

        Assert.Contains("has version 1.0.0, outside the range >=2.0.0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_with_a_dependency_cycle_is_refused_showing_the_cycle()
    {
        await using var site = await TemplateTestSite.CreateAsync();

        var ex = await Assert.ThrowsAsync<TemplateDependencyException>(() => site.Templates.InstallAsync(Fixtures.Read("cycle_a"), Fixtures.Repository, null, site.Caller, Ct));

        Assert.Contains("cycle_a -> cycle_b -> cycle_a", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await site.Templates.ListAsync(site.Caller, Ct));
    }
}
