using ErpCode.Core.Security;
using ErpCode.Templates.Seed;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Templates.Tests.Shipped;

/// <summary>The repository's seed/ loads into a site with the shipped templates, puts orders in every state, and loads again without change.</summary>
public sealed class SeedLoaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_seed_loads_orders_in_every_state_an_invoice_and_users_and_loading_again_changes_nothing()
    {
        await using var site = await ShippedSite.CreateAsync();
        await site.InstallAllAsync();
        var loader = site.Services.GetRequiredService<SeedLoader>();

        var first = await loader.LoadAsync(ShippedTemplates.SeedFolder, Caller.System, Ct);
        var second = await loader.LoadAsync(ShippedTemplates.SeedFolder, Caller.System, Ct);

        Assert.True(first.DocumentsCreated >= 20, first.ToString());
        Assert.Equal(0, first.DocumentsSkipped);
        Assert.Equal(4, first.UsersCreated);
        Assert.Equal(new SeedResult(0, first.DocumentsCreated, 0, 4), second);
        var orders = (await site.Documents.QueryAsync("SaleOrder", new(), Caller.System, Ct)).Documents;
        Assert.Equal(["cancelled", "confirmed", "delivered", "draft", "invoiced"], orders.Select(o => o["OrderState"]!.ToString()).Distinct().Order(StringComparer.Ordinal));
        var invoice = Assert.Single((await site.Documents.QueryAsync("Invoice", new(), Caller.System, Ct)).Documents);
        Assert.Equal("SO-DEMO-004", invoice["Order"]!.ToString());
        var sam = await site.Users.ResolveCallerAsync("sam", Ct);
        Assert.Equal(["Sales"], sam!.Roles);
    }

    [Fact]
    public async Task A_seed_document_the_site_refuses_is_named_with_its_file()
    {
        await using var site = await ShippedSite.CreateAsync();
        await site.InstallAllAsync();
        var folder = Path.Combine(Path.GetDirectoryName(site.FilePath)!, "seed");
        Directory.CreateDirectory(Path.Combine(folder, "documents"));
        await File.WriteAllTextAsync(Path.Combine(folder, "seed.json"), """{ "documents": ["Product"] }""", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "documents", "Product.json"), """[ { "Id": "PR-FREE", "Name": "Free lunch", "Price": -1, "Currency": "EUR" } ]""", Ct);

        var error = await Assert.ThrowsAsync<SeedFormatException>(() => site.Services.GetRequiredService<SeedLoader>().LoadAsync(folder, Caller.System, Ct));

        Assert.Equal(("documents/Product.json", "PR-FREE"), (error.File, error.Entry));
        Assert.Contains("Price", error.Message, StringComparison.Ordinal);
    }
}
