using ErpCode.Core.Types.Definitions;
using ErpCode.Templates.Errors;
using ErpCode.Templates.Items;
using ErpCode.Templates.Planning;
using ErpCode.Templates.Tests.Support;

namespace ErpCode.Templates.Tests.Operations;

/// <summary>Upgrades: changes applied where the site kept the installed item; local changes are conflicts the caller resolves, never overwritten silently.</summary>
public sealed class UpgradeTests
{
    private static readonly TemplateItemKey PersonKey = new(TemplateItemKind.PortalType, "Person");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upgrade_without_local_changes_applies_changes_adds_and_removals()
    {
        await using var site = await InstalledAsync();

        var plan = await site.Templates.UpgradeAsync(Fixtures.UpgradedBase(), null, null, site.Caller, Ct);

        var template = Assert.Single(plan.Templates);
        Assert.Equal(["Component PersonClass", "PortalType Person", "PropertySheet Contact"], template.Changed.Select(c => c.Key.ToString()).Order());
        Assert.Equal(["Category segment", "PropertySheet Address"], template.Adds.Select(c => c.Key.ToString()).Order());
        Assert.Equal("Category region", Assert.Single(template.Removals).Key.ToString());
        var definitions = await site.DefinitionStore.LoadAsync(Ct);
        Assert.Equal(["Contact", "Address"], Assert.Single(definitions.PortalTypes).PropertySheets);
        Assert.Equal("segment", Assert.Single(definitions.Categories).Name);
        Assert.Contains("City", (await site.Components.FindAsync("PersonClass", Ct))!.Source, StringComparison.Ordinal);
        Assert.Equal("1.1.0", Assert.Single(await site.Templates.ListAsync(site.Caller, Ct)).Version.ToString());
    }

    [Fact]
    public async Task Upgrade_with_a_local_change_the_template_also_changes_is_a_conflict_and_stops_without_a_resolution()
    {
        await using var site = await InstalledAsync();
        await ChangePersonLocallyAsync(site);

        var plan = await site.Templates.PlanUpgradeAsync(Fixtures.UpgradedBase(), null, site.Caller, Ct);
        var ex = await Assert.ThrowsAsync<TemplateConflictException>(() => site.Templates.UpgradeAsync(Fixtures.UpgradedBase(), null, null, site.Caller, Ct));

        var conflict = Assert.Single(plan.Conflicts);
        Assert.Equal(PersonKey, conflict.Key);
        Assert.Contains("changed on the site since install and by the template", conflict.Reason, StringComparison.Ordinal);
        Assert.Equal(PersonKey, Assert.Single(ex.Conflicts).Key);
        Assert.Equal("Human", (await PersonAsync(site)).Title);
        Assert.Equal("1.0.0", Assert.Single(await site.Templates.ListAsync(site.Caller, Ct)).Version.ToString());
    }

    [Fact]
    public async Task Upgrade_resolved_Stop_changes_nothing()
    {
        await using var site = await InstalledAsync();
        await ChangePersonLocallyAsync(site);

        await Assert.ThrowsAsync<TemplateConflictException>(() => site.Templates.UpgradeAsync(Fixtures.UpgradedBase(), null, Resolve(ConflictResolution.Stop), site.Caller, Ct));

        Assert.Equal(["Contact"], (await PersonAsync(site)).PropertySheets);
        Assert.Equal("region", Assert.Single((await site.DefinitionStore.LoadAsync(Ct)).Categories).Name);
    }

    [Fact]
    public async Task Upgrade_resolved_KeepLocal_keeps_the_site_item_and_applies_the_rest()
    {
        await using var site = await InstalledAsync();
        await ChangePersonLocallyAsync(site);

        await site.Templates.UpgradeAsync(Fixtures.UpgradedBase(), null, Resolve(ConflictResolution.KeepLocal), site.Caller, Ct);

        var person = await PersonAsync(site);
        Assert.Equal("Human", person.Title);
        Assert.Equal(["Contact"], person.PropertySheets);
        Assert.Contains(await site.DefinitionStore.LoadAsync(Ct) is var d ? d.PropertySheets : default, s => s.Name == "Address");

        // Still recorded as changed locally: the next upgrade asks again.
        var again = await site.Templates.PlanUpgradeAsync(Fixtures.UpgradedBase(), null, site.Caller, Ct);
        Assert.Equal(ChangeKind.KeptLocal, again.Templates[0].Changes.Single(c => c.Key == PersonKey).Kind);
    }

    [Fact]
    public async Task Upgrade_resolved_TakeTemplate_overwrites_the_site_item()
    {
        await using var site = await InstalledAsync();
        await ChangePersonLocallyAsync(site);

        await site.Templates.UpgradeAsync(Fixtures.UpgradedBase(), null, Resolve(ConflictResolution.TakeTemplate), site.Caller, Ct);

        var person = await PersonAsync(site);
        Assert.Equal("Person", person.Title);
        Assert.Equal(["Contact", "Address"], person.PropertySheets);
    }

    [Fact]
    public async Task Upgrade_keeps_a_local_change_to_an_item_the_template_did_not_change_without_asking()
    {
        await using var site = await InstalledAsync();
        var clerk = Assert.Single((await site.DefinitionStore.LoadAsync(Ct)).Roles);
        await site.Definitions.SaveAsync(clerk with { Title = "Senior clerk" }, site.Caller, Ct);

        var plan = await site.Templates.UpgradeAsync(Fixtures.UpgradedBase(), null, null, site.Caller, Ct);

        Assert.Equal(ChangeKind.KeptLocal, plan.Templates[0].Changes.Single(c => c.Key.Name == "Clerk").Kind);
        Assert.Equal("Senior clerk", Assert.Single((await site.DefinitionStore.LoadAsync(Ct)).Roles).Title);
    }

    [Fact]
    public async Task Upgrade_of_a_template_not_installed_is_refused()
    {
        await using var site = await TemplateTestSite.CreateAsync();

        await Assert.ThrowsAsync<TemplateNotInstalledException>(() => site.Templates.PlanUpgradeAsync(Fixtures.UpgradedBase(), null, site.Caller, Ct));
    }

    private static Dictionary<TemplateItemKey, ConflictResolution> Resolve(ConflictResolution resolution) => new() { [PersonKey] = resolution };

    private static async Task<TemplateTestSite> InstalledAsync()
    {
        var site = await TemplateTestSite.CreateAsync();
        await site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct);
        return site;
    }

    private static async Task ChangePersonLocallyAsync(TemplateTestSite site) =>
        await site.Definitions.SaveAsync(await PersonAsync(site) with { Title = "Human" }, site.Caller, Ct);

    private static async Task<PortalType> PersonAsync(TemplateTestSite site) => Assert.Single((await site.DefinitionStore.LoadAsync(Ct)).PortalTypes);
}
