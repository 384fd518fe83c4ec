using ErpCode.Core.Components;
using ErpCode.Core.Types.Definitions;
using ErpCode.Templates.Folders;
using ErpCode.Templates.Items;
using ErpCode.Templates.Planning;
using ErpCode.Templates.Tests.Support;

namespace ErpCode.Templates.Tests.Operations;

/// <summary>
/// Templates carry a Script's declaration as a site action: install writes it, export gives it back, and a change of
/// only the declaration is a change of its component, on the template's side and on the site's.
/// </summary>
public sealed class SiteActionTemplateTests
{
    private static readonly TemplateItemKey CustomerTotal = new(TemplateItemKind.Component, "CustomerTotal");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Install_writes_the_component_with_its_action_and_its_history_entry_has_it()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        var folder = Fixtures.Read("tpl_actions");

        await site.Templates.InstallAsync(folder, null, null, site.Caller, Ct);

        var component = await site.Components.FindAsync("CustomerTotal", Ct);
        var expected = PayloadOf(folder).Action;
        Assert.NotNull(expected);
        Assert.Equal((ComponentValidationState.Validated, expected), (component!.ValidationState, component.Action));
        Assert.Equal(expected, Assert.Single(await site.Components.HistoryAsync("CustomerTotal", Ct)).Action);
    }

    [Fact]
    public async Task Export_after_install_reads_back_to_an_equal_payload_with_byte_identical_files()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        var folder = Fixtures.Read("tpl_actions");
        await site.Templates.InstallAsync(folder, null, null, site.Caller, Ct);
        var root = Path.Combine(Path.GetTempPath(), "erpcode-template-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var export = await site.Templates.ExportAsync("tpl_actions", root, site.Caller, Ct);

            var exported = TemplateFolderReader.Read(export.Folder);
            Assert.Equal(PayloadOf(folder), PayloadOf(exported));
            Assert.Equal(
                File.ReadAllText(Path.Combine(Fixtures.PathOf("tpl_actions"), "components", "CustomerTotal.json")),
                File.ReadAllText(Path.Combine(export.Folder, "components", "CustomerTotal.json")));
            Assert.Empty(await site.Templates.DiffAsync(folder, site.Caller, Ct));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Upgrade_that_changes_only_the_action_plans_a_change_of_the_component_and_applies_it()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        await site.Templates.InstallAsync(Fixtures.Read("tpl_actions"), null, null, site.Caller, Ct);
        using var upgraded = Fixtures.Copy("tpl_actions");
        upgraded.Write("template.yaml", File.ReadAllText(Path.Combine(upgraded.Path, "template.yaml")).Replace("1.0.0", "1.1.0", StringComparison.Ordinal));
        upgraded.Write("components/CustomerTotal.json", File.ReadAllText(Path.Combine(upgraded.Path, "components", "CustomerTotal.json")).Replace("\"returns\": \"Decimal\"", "\"returns\": \"Int\"", StringComparison.Ordinal));

        var plan = await site.Templates.PlanUpgradeAsync(upgraded.Read(), null, site.Caller, Ct);
        await site.Templates.UpgradeAsync(upgraded.Read(), null, null, site.Caller, Ct);

        Assert.Equal([CustomerTotal], Assert.Single(plan.Templates).Changed.Select(c => c.Key));
        var component = await site.Components.FindAsync("CustomerTotal", Ct);
        Assert.Equal(PropertyType.Int, component!.Action!.Returns);
        Assert.Equal(PayloadOf(upgraded.Read()).Source, component.Source);
    }

    [Fact]
    public async Task A_site_change_of_only_the_action_is_a_local_change_of_the_component()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        var folder = Fixtures.Read("tpl_actions");
        await site.Templates.InstallAsync(folder, null, null, site.Caller, Ct);
        await site.Components.SetActionAsync("CustomerTotal", PayloadOf(folder).Action! with { Roles = ["Manager"] }, site.Caller, Ct);

        var diff = Assert.Single(await site.Templates.DiffAsync(folder, site.Caller, Ct));
        using var upgraded = Fixtures.Copy("tpl_actions");
        upgraded.Write("template.yaml", File.ReadAllText(Path.Combine(upgraded.Path, "template.yaml")).Replace("1.0.0", "1.1.0", StringComparison.Ordinal));
        var plan = await site.Templates.PlanUpgradeAsync(upgraded.Read(), null, site.Caller, Ct);

        Assert.Equal((CustomerTotal, ChangeKind.Change), (diff.Key, diff.Kind));
        Assert.Contains("+      \"Sales\",\n", diff.Text, StringComparison.Ordinal);
        Assert.Equal(ChangeKind.KeptLocal, Assert.Single(Assert.Single(plan.Templates).Changes).Kind);
    }

    [Fact]
    public async Task Uninstall_removes_the_component_and_so_its_action()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        await site.Templates.InstallAsync(Fixtures.Read("tpl_actions"), null, null, site.Caller, Ct);

        await site.Templates.UninstallAsync("tpl_actions", null, site.Caller, Ct);

        Assert.Null(await site.Components.FindAsync("CustomerTotal", Ct));
    }

    private static ComponentPayload PayloadOf(TemplateFolder folder) =>
        (ComponentPayload)folder.Items.Single(i => i.Key == CustomerTotal).Payload;
}
