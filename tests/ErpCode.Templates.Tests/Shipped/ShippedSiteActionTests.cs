using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage.Values;
using ErpCode.Templates.Seed;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Templates.Tests.Shipped;

/// <summary>The site actions the shipped templates declare, run as the users they are meant for.</summary>
public sealed class ShippedSiteActionTests
{
    private static readonly Caller Seller = new("sam", ["Sales"]);
    private static readonly Caller Accountant = new("alice", ["Accountant"]);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RepeatSaleOrder_makes_a_seller_a_new_draft_order_with_the_same_customer_currency_and_lines_and_returns_its_id()
    {
        await using var site = await ShippedSite.CreateAsync();
        await site.InstallAllAsync();
        await site.Services.GetRequiredService<SeedLoader>().LoadAsync(ShippedTemplates.SeedFolder, Caller.System, Ct);
        var original = await site.Documents.CreateAsync("SaleOrder", DocumentValue.Create(
            ("Customer", "ORG-ACME"),
            ("Currency", "EUR"),
            ("CustomerReference", "PO-1"),
            ("Lines", new ArrayValue(
                DocumentValue.Create(("Product", "PR-DESK"), ("Quantity", 2), ("Price", 450m), ("Discount", 10m)),
                DocumentValue.Create(("Product", "PR-CHAIR"), ("Quantity", 4), ("Price", 289.90m))))), Seller, Ct);
        await site.Documents.FireAsync("SaleOrder", original.Id, original.Version, "Confirm", null, Seller, Ct);

        var returned = await site.Documents.RunActionAsync("RepeatSaleOrder", new Dictionary<string, DocValue> { ["Order"] = original.Id, ["CustomerReference"] = "PO-2" }, Seller, Ct);

        var id = Assert.IsType<StringValue>(returned).Value;
        Assert.NotEqual(original.Id, id);
        var repeated = await site.Documents.GetAsync("SaleOrder", id, Seller, Ct);
        Assert.Equal("draft", repeated["OrderState"]!.ToString());
        Assert.Equal("ORG-ACME", repeated["Customer"]!.ToString());
        Assert.Equal("PO-2", repeated["CustomerReference"]!.ToString());
        Assert.Equal($"Repeats {original.Id}.", repeated["Notes"]!.ToString());
        Assert.Equal(original["Total"], repeated["Total"]);
        Assert.Equal(2, ((ArrayValue)repeated.Properties["Lines"]).Count);
    }

    [Fact]
    public async Task RepeatSaleOrder_is_refused_to_an_accountant_and_names_a_missing_order_to_a_seller()
    {
        await using var site = await ShippedSite.CreateAsync();
        await site.InstallAllAsync();
        var arguments = new Dictionary<string, DocValue> { ["Order"] = "SO-1999-00001" };

        await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Documents.RunActionAsync("RepeatSaleOrder", arguments, Accountant, Ct));
        var refused = await Assert.ThrowsAsync<Core.Documents.SiteActions.SiteActionRefusedException>(() => site.Documents.RunActionAsync("RepeatSaleOrder", arguments, Seller, Ct));

        Assert.Equal("RepeatSaleOrder refused: there is no sale order SO-1999-00001, or you may not see it", refused.Message);
    }
}
