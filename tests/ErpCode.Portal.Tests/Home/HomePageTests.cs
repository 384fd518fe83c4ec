using ErpCode.Portal.Tests.Support;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Home;

public sealed class HomePageTests(PortalSite site)
{
    [Fact]
    public async Task Home_shows_sam_the_modules_he_may_view_and_not_a_type_only_accountants_may_view()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? string.Empty);
        await using var restricted = await RestrictedModule.CreateAsync(site);

        var page = await site.SignInAsync("sam");
        var modules = page.GetByTestId("modules");
        await Assertions.Expect(modules.GetByRole(AriaRole.Link, new() { Name = "Sale Order", Exact = true })).ToBeVisibleAsync();
        var titles = await modules.Locator("h3").AllInnerTextsAsync();
        Assert.Contains("Organisation", titles);
        Assert.Contains("Product", titles);
        Assert.DoesNotContain(restricted.Title, titles);
        Assert.DoesNotContain("Sale Order Line", titles);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Assertions.Expect(menu.GetByText("Sale Order", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByText(restricted.Title)).ToHaveCountAsync(0);
        await PortalSite.ScreenshotAsync(page, "home");
        await page.Context.CloseAsync();

        var accountant = await site.SignInAsync("alice");
        await Assertions.Expect(accountant.GetByTestId("modules").GetByRole(AriaRole.Link, new() { Name = restricted.Title, Exact = true })).ToBeVisibleAsync();
        await accountant.Context.CloseAsync();
    }

    [Fact]
    public async Task Home_lists_the_worklists_of_sams_roles_with_draft_orders_linking_to_their_forms()
    {
        var page = await site.SignInAsync("sam");
        var toConfirm = page.GetByTestId("worklist").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Orders to confirm" }) });
        await Assertions.Expect(toConfirm).ToHaveCountAsync(1);
        var links = toConfirm.Locator("li a[href^='/m/SaleOrders/']");
        await Assertions.Expect(links.First).ToBeVisibleAsync();
        Assert.InRange(await links.CountAsync(), 1, 5);

        // "Orders to invoice" is for accountants and managers only.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Orders to invoice" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
