using ErpCode.Templates.Planning;
using ErpCode.Templates.Tests.Support;

namespace ErpCode.Templates.Tests.Operations;

/// <summary>Diff (site against a folder, per item, as unified text) and export (site items back to files).</summary>
public sealed class DiffAndExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Diff_against_the_installed_folder_is_empty()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        await site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct);

        Assert.Empty(await site.Templates.DiffAsync(Fixtures.Read("tpl_base"), site.Caller, Ct));
    }

    [Fact]
    public async Task Diff_against_a_newer_version_shows_each_item_as_unified_text()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        await site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct);

        var diffs = await site.Templates.DiffAsync(Fixtures.UpgradedBase(), site.Caller, Ct);

        Assert.Equal(ChangeKind.Remove, diffs.Single(d => d.Key.Name == "region").Kind);
        Assert.Equal(ChangeKind.Add, diffs.Single(d => d.Key.Name == "Address").Kind);
        var person = diffs.Single(d => d.Key.Name == "Person");
        Assert.Equal(ChangeKind.Change, person.Kind);
        Assert.Contains("--- site/portal_types/Person.json\n+++ tpl_base/portal_types/Person.json\n@@ ", person.Text, StringComparison.Ordinal);
        Assert.Contains("\n+    \"Address\"\n", person.Text, StringComparison.Ordinal);
        var code = diffs.Single(d => d.Key.Name == "PersonClass");
        Assert.Contains("+        Document.Set(\"City\"", code.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_after_install_gives_byte_identical_files()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        await site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct);
        var target = Path.Combine(Path.GetTempPath(), "erpcode-template-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var export = await site.Templates.ExportAsync("tpl_base", target, site.Caller, Ct);

            Assert.Empty(export.Missing);
            var expected = Files(Fixtures.PathOf("tpl_base"));
            var actual = Files(export.Folder);
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var (path, bytes) in expected)
            {
                Assert.True(bytes.SequenceEqual(actual[path]), $"{path} differs after export");
            }
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }

    [Fact]
    public async Task Export_after_a_local_change_writes_the_site_version()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        await site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct);
        var person = Assert.Single((await site.DefinitionStore.LoadAsync(Ct)).PortalTypes);
        await site.Definitions.SaveAsync(person with { Title = "Human" }, site.Caller, Ct);
        var target = Path.Combine(Path.GetTempPath(), "erpcode-template-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var export = await site.Templates.ExportAsync("tpl_base", target, site.Caller, Ct);

            Assert.Contains("\"title\": \"Human\"", File.ReadAllText(Path.Combine(export.Folder, "portal_types", "Person.json")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }

    private static SortedDictionary<string, byte[]> Files(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes),
        StringComparer.Ordinal);
}
