using ErpCode.Portal.Tests.Home;
using ErpCode.Portal.Tests.Support;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Search;

public sealed class SearchPageTests(PortalSite site)
{
    [Fact]
    public async Task The_top_search_finds_a_seeded_order_by_part_of_its_customer_reference_and_links_to_it()
    {
        var page = await site.SignInAsync("sam");
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search documents" });
        await box.FillAsync("acme-po-77");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/search?q=acme-po-77", StringComparison.Ordinal));

        var orders = page.GetByTestId("search-group").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Sale Order", Exact = true }) });
        await Assertions.Expect(orders).ToHaveCountAsync(1);
        await Assertions.Expect(orders.GetByRole(AriaRole.Link, new() { Name = "SO-DEMO-001" })).ToHaveAttributeAsync("href", "/m/SaleOrders/SO-DEMO-001");
        await Assertions.Expect(orders.Locator("li")).ToHaveCountAsync(1);
        await PortalSite.ScreenshotAsync(page, "search");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_search_leaves_out_modules_the_user_may_not_view()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? string.Empty);
        await using var restricted = await RestrictedModule.CreateAsync(site);
        var word = "Ledgerword" + Guid.NewGuid().ToString("N")[..8];
        await restricted.AddAsync($"Note with {word}");

        var sam = await site.SignInAsync("sam", "/search?q=" + word);
        await Assertions.Expect(sam.GetByTestId("search-summary")).ToContainTextAsync("No document");
        await sam.Context.CloseAsync();

        var alice = await site.SignInAsync("alice", "/search?q=" + word.ToUpperInvariant());
        var group = alice.GetByTestId("search-group");
        await Assertions.Expect(group).ToHaveCountAsync(1);
        await Assertions.Expect(group.GetByRole(AriaRole.Heading)).ToHaveTextAsync(restricted.Title);
        await Assertions.Expect(group.Locator("li")).ToContainTextAsync($"Note with {word}");
        await alice.Context.CloseAsync();
    }
}
