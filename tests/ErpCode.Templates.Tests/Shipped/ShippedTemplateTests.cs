using ErpCode.Core.Security;
using ErpCode.Templates.Planning;

namespace ErpCode.Templates.Tests.Shipped;

/// <summary>The templates in business-templates/ install into an empty site, pass their own Test components and export unchanged.</summary>
public sealed class ShippedTemplateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_shipped_templates_install_into_an_empty_site_in_dependency_order()
    {
        await using var site = await ShippedSite.CreateAsync();

        var plan = await site.Templates.InstallAsync(ShippedTemplates.Repository.Read("erp_accounting"), ShippedTemplates.Repository, null, Caller.System, Ct);

        Assert.Equal(ShippedTemplates.Names, plan.Templates.Select(t => t.Name));
        Assert.All(plan.Templates, t => Assert.DoesNotContain(t.Changes, c => c.Kind == ChangeKind.Conflict));
        var installed = await site.Templates.ListAsync(Caller.System, Ct);
        Assert.Equal(ShippedTemplates.Names.Order(StringComparer.Ordinal), installed.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_Test_components_of_the_shipped_templates_all_pass()
    {
        await using var site = await ShippedSite.CreateAsync();
        await site.InstallAllAsync();

        var results = await site.TestRunner.RunAsync(null, Caller.System, Ct);

        Assert.Equal(["AccountingTests", "BaseTests", "TradeTests"], results.Select(r => r.Component).Distinct());
        Assert.True(results.Count >= 15, $"only {results.Count} tests ran");
        Assert.All(results, r => Assert.True(r.Passed, $"{r.Component}.{r.Test}: {r.Message}"));
    }

    [Fact]
    public async Task Install_then_export_gives_each_shipped_template_back_byte_for_byte()
    {
        await using var site = await ShippedSite.CreateAsync();
        await site.InstallAllAsync();
        var target = Path.Combine(Path.GetDirectoryName(site.FilePath)!, "export");

        foreach (var name in ShippedTemplates.Names)
        {
            await site.Templates.ExportAsync(name, target, Caller.System, Ct);

            var expected = Files(Path.Combine(ShippedTemplates.Root, name));
            var actual = Files(Path.Combine(target, name));
            Assert.Equal(expected.Keys, actual.Keys);
            foreach (var (path, bytes) in expected)
            {
                Assert.True(bytes.SequenceEqual(actual[path]), $"{name}/{path} differs after export");
            }
        }
    }

    // Notes (.md) are for readers and are not items: the site does not keep them.
    private static SortedDictionary<string, byte[]> Files(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes),
        StringComparer.Ordinal);
}
