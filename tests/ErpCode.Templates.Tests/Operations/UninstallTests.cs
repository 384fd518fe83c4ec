using ErpCode.Templates.Errors;
using ErpCode.Templates.Tests.Support;

namespace ErpCode.Templates.Tests.Operations;

/// <summary>Uninstalling: the template's items leave the site, its documents stay, and a template others depend on stays.</summary>
public sealed class UninstallTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Uninstall_removes_the_items_and_the_plan_says_the_documents_of_its_types_are_kept()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        await site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct);

        var plan = await site.Templates.PlanUninstallAsync("tpl_base", site.Caller, Ct);
        await site.Templates.UninstallAsync("tpl_base", null, site.Caller, Ct);

        var impact = Assert.Single(plan.Templates[0].Documents);
        Assert.Equal("Person", impact.PortalType);
        Assert.Equal(1, impact.Documents);
        Assert.Contains("never deleted", impact.Outcome, StringComparison.Ordinal);
        var definitions = await site.DefinitionStore.LoadAsync(Ct);
        Assert.Empty(definitions.PortalTypes);
        Assert.Empty(definitions.PropertySheets);
        Assert.Empty(definitions.Roles);
        Assert.Null(await site.Components.FindAsync("PersonClass", Ct));
        Assert.Empty(await site.Templates.ListAsync(site.Caller, Ct));
        Assert.NotNull(await site.Store.Collection("Person").FindAsync("P-1", Ct));
    }

    [Fact]
    public async Task Uninstall_is_refused_while_another_installed_template_depends_on_it()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        await site.Templates.InstallAsync(Fixtures.Read("tpl_sales"), Fixtures.Repository, null, site.Caller, Ct);

        var ex = await Assert.ThrowsAsync<TemplateInUseException>(() => site.Templates.UninstallAsync("tpl_base", null, site.Caller, Ct));

        Assert.Equal(["tpl_sales"], ex.Dependents);
        Assert.Equal(2, (await site.Templates.ListAsync(site.Caller, Ct)).Count);
    }

    [Fact]
    public async Task Uninstall_then_reinstall_gives_the_component_a_continuing_history()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        await site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct);
        await site.Templates.UninstallAsync("tpl_base", null, site.Caller, Ct);

        await site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct);

        Assert.Equal([1, 2, 3], (await site.Components.HistoryAsync("PersonClass", Ct)).Select(r => r.Sequence));
        Assert.Equal(2, (await site.Components.FindAsync("PersonClass", Ct))!.Version);
    }
}
