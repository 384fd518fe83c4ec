using ErpCode.Core.Storage.Values;
using ErpCode.Portal.Tests.Support;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Forms;

/// <summary>A save over a version someone else changed meanwhile: the reload/overwrite choice, and what each does.</summary>
public sealed class ConcurrencyTests(PortalSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_change_made_by_someone_else_since_opening_offers_reload_or_overwrite_and_overwrite_saves_the_users_version_on_theirs()
    {
        var order = await SaleOrders.CreateAsync(site, SaleOrders.UniqueReference("CONFLICT"));
        var page = await site.SignInAsync("sam", $"/m/SaleOrders/{order.Id}");
        await Notes(page).FillAsync("Sam's note");
        var theirs = await SaleOrders.Documents(site).UpdateAsync("SaleOrder", order.Id, order.Version, DocumentValue.Create(("Notes", "Maria's note")), SaleOrders.Sam, Ct);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        var dialog = page.GetByTestId("conflict-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync("changed by someone else since you opened it");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Reload" })).ToBeVisibleAsync();
        await PortalSite.ScreenshotAsync(page, "form-conflict");
        Assert.Equal("Sam's note", await Notes(page).InputValueAsync());

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Overwrite" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("form-saved")).ToBeVisibleAsync();
        var stored = await SaleOrders.Documents(site).GetAsync("SaleOrder", order.Id, SaleOrders.Sam, Ct);
        Assert.Equal("Sam's note", stored["Notes"]!.ToString());
        Assert.Equal(theirs.Version + 1, stored.Version);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reload_after_a_conflict_shows_the_other_version_and_drops_the_users_changes()
    {
        var order = await SaleOrders.CreateAsync(site, SaleOrders.UniqueReference("RELOAD"));
        var page = await site.SignInAsync("sam", $"/m/SaleOrders/{order.Id}");
        await Notes(page).FillAsync("Sam's note");
        await SaleOrders.Documents(site).UpdateAsync("SaleOrder", order.Id, order.Version, DocumentValue.Create(("Notes", "Maria's note")), SaleOrders.Sam, Ct);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await page.GetByTestId("conflict-dialog").GetByRole(AriaRole.Button, new() { Name = "Reload" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("conflict-dialog")).ToHaveCountAsync(0);
        await Assertions.Expect(Notes(page)).ToHaveValueAsync("Maria's note");
        var stored = await SaleOrders.Documents(site).GetAsync("SaleOrder", order.Id, SaleOrders.Sam, Ct);
        Assert.Equal("Maria's note", stored["Notes"]!.ToString());
        await page.Context.CloseAsync();
    }

    private static ILocator Notes(IPage page) => page.GetByRole(AriaRole.Textbox, new() { Name = "Notes", Exact = true });
}
