using ErpCode.Core.Components;
using ErpCode.Templates.Items;
using ErpCode.Templates.Planning;
using ErpCode.Templates.Tests.Support;

namespace ErpCode.Templates.Tests.Operations;

/// <summary>Installing a template: planned first, then every item written in one transaction and recorded with its checksum.</summary>
public sealed class InstallTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlanInstall_lists_every_item_as_an_add_and_touches_nothing()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        var revision = await site.Store.GetRevisionAsync(Ct);

        var plan = await site.Templates.PlanInstallAsync(Fixtures.Read("tpl_base"), null, site.Caller, Ct);

        var template = Assert.Single(plan.Templates);
        Assert.Equal(7, template.Adds.Count());
        Assert.All(template.Changes, c => Assert.Equal(ChangeKind.Add, c.Kind));
        Assert.Empty((await site.DefinitionStore.LoadAsync(Ct)).PortalTypes);
        Assert.Equal(revision, await site.Store.GetRevisionAsync(Ct));
        Assert.Contains("+ PortalType Person", plan.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_writes_every_item_in_one_revision_and_records_template_version_and_checksums()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        var folder = Fixtures.Read("tpl_base");
        var revision = await site.Store.GetRevisionAsync(Ct);

        await site.Templates.InstallAsync(folder, null, null, site.Caller, Ct);

        var definitions = await site.DefinitionStore.LoadAsync(Ct);
        Assert.Equal("Person", Assert.Single(definitions.PortalTypes).Name);
        Assert.Equal("Contact", Assert.Single(definitions.PropertySheets).Name);
        Assert.Equal("region", Assert.Single(definitions.Categories).Name);
        Assert.Equal("PersonWorkflow", Assert.Single(definitions.Workflows).Name);
        Assert.Equal("Clerk", Assert.Single(definitions.Roles).Name);
        var component = await site.Components.FindAsync("PersonClass", Ct);
        Assert.Equal(ComponentValidationState.Validated, component!.ValidationState);
        Assert.NotNull(await site.Store.Collection("Person").FindAsync("P-1", Ct));
        Assert.Equal(revision + 1, await site.Store.GetRevisionAsync(Ct));

        var record = Assert.Single(await site.Templates.ListAsync(site.Caller, Ct));
        Assert.Equal("tpl_base", record.Name);
        Assert.Equal("1.0.0", record.Version.ToString());
        Assert.Equal("tester", record.InstalledBy);
        Assert.Equal(folder.Items.Select(i => (i.Key, i.Checksum)), record.Items.Select(i => (i.Key, i.Checksum)));
        Assert.All(record.Items, i => Assert.Equal("1.0.0", i.TemplateVersion));
    }

    [Fact]
    public async Task Install_installs_a_missing_dependency_from_the_repository_first()
    {
        await using var site = await TemplateTestSite.CreateAsync();

        var plan = await site.Templates.InstallAsync(Fixtures.Read("tpl_sales"), Fixtures.Repository, null, site.Caller, Ct);

        Assert.Equal(["tpl_base", "tpl_sales"], plan.Templates.Select(t => t.Name));
        Assert.Equal(["tpl_base", "tpl_sales"], (await site.Templates.ListAsync(site.Caller, Ct)).Select(t => t.Name));
        Assert.Equal(2, (await site.DefinitionStore.LoadAsync(Ct)).PortalTypes.Length);
    }

    [Fact]
    public async Task Install_of_an_item_the_site_already_has_differently_is_a_conflict_resolved_by_the_caller()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        await site.Definitions.SaveAsync(new Core.Types.Definitions.BaseCategory { Name = "region", Title = "Mine" }, site.Caller, Ct);
        var key = new TemplateItemKey(TemplateItemKind.Category, "region");

        var plan = await site.Templates.PlanInstallAsync(Fixtures.Read("tpl_base"), null, site.Caller, Ct);
        await Assert.ThrowsAsync<Errors.TemplateConflictException>(() => site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct));
        await site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, new Dictionary<TemplateItemKey, ConflictResolution> { [key] = ConflictResolution.KeepLocal }, site.Caller, Ct);

        Assert.Equal(key, Assert.Single(plan.Conflicts).Key);
        Assert.Equal("Mine", Assert.Single((await site.DefinitionStore.LoadAsync(Ct)).Categories).Title);
    }

    [Fact]
    public async Task Install_of_an_installed_template_is_refused()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        await site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct);

        var ex = await Assert.ThrowsAsync<Errors.TemplateVersionException>(() => site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct));

        Assert.Contains("already installed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_needs_ManageTemplates()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        var author = new Core.Security.Caller("author", ["Author"]);

        await Assert.ThrowsAsync<Core.Security.Permissions.PermissionDeniedException>(() => site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, author, Ct));

        Assert.Empty((await site.DefinitionStore.LoadAsync(Ct)).PortalTypes);
    }
}
