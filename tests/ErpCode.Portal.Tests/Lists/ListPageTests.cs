using System.Collections.Immutable;
using System.Globalization;
using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Storage.Values;
using ErpCode.Portal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Lists;

public sealed class ListPageTests(PortalSite site)
{
    private static readonly Caller Sam = new("sam", ["Sales"]) { Groups = ["sales"] };

    [Fact]
    public async Task The_sale_orders_list_shows_the_seeded_orders_in_the_columns_of_the_type_s_layout()
    {
        var page = await OpenAsync("/m/SaleOrders");
        Assert.Equal(new[] { "Id", "Customer", "Order date", "Total", "Currency", "State" }, await HeadersAsync(page));
        var row = page.GetByTestId("list-row").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "SO-DEMO-001", Exact = true }) });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = "SO-DEMO-001" })).ToHaveAttributeAsync("href", "/m/SaleOrders/SO-DEMO-001");
        var cells = await row.Locator("td").AllInnerTextsAsync();
        Assert.Equal("ORG-ACME", cells[2]);
        Assert.Equal("2026-03-02", cells[3]);
        Assert.Equal("EUR", cells[5]);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "New" })).ToHaveAttributeAsync("href", "/m/SaleOrders/new");
        await PortalSite.ScreenshotAsync(page, "list");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_column_header_sorts_by_it_and_clicking_again_reverses_the_order()
    {
        var page = await OpenAsync("/m/SaleOrders");
        var header = page.Locator("th", new() { Has = page.GetByTestId("sort-OrderDate") });

        await page.GetByTestId("sort-OrderDate").ClickAsync();
        await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", "ascending");
        var ascending = await ColumnAsync(page, "Order date");

        await page.GetByTestId("sort-OrderDate").ClickAsync();
        await Assertions.Expect(header).ToHaveAttributeAsync("aria-sort", "descending");
        var descending = await ColumnAsync(page, "Order date");

        Assert.Equal([.. ascending.Order(StringComparer.Ordinal)], ascending);
        Assert.Equal([.. descending.OrderDescending(StringComparer.Ordinal)], descending);
        Assert.NotEqual(ascending[0], descending[0]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_column_filter_narrows_the_list_and_a_filter_that_cannot_be_read_says_why()
    {
        var page = await OpenAsync("/m/SaleOrders");
        var all = await TotalAsync(page);

        await ChangeAsync(page, async () =>
        {
            await page.GetByLabel("Filter Customer").FillAsync("acme");
            await page.GetByLabel("Filter Customer").PressAsync("Enter");
        });
        var customers = await ColumnAsync(page, "Customer");
        Assert.NotEmpty(customers);
        Assert.All(customers, c => Assert.Contains("ACME", c, StringComparison.Ordinal));
        Assert.True(await TotalAsync(page) < all);

        await ChangeAsync(page, () => page.GetByLabel("Filter State").SelectOptionAsync("cancelled"));
        Assert.All(await ColumnAsync(page, "State"), s => Assert.Equal("Cancelled", s));

        await page.GetByLabel("Filter Total").FillAsync("lots");
        await page.GetByLabel("Filter Total").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Enter a number" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Filter Total")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Next_and_previous_page_through_the_store_ten_rows_at_a_time()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? string.Empty);
        await CreateOrdersAsync(12);
        var page = await OpenAsync("/m/SaleOrders");
        await page.GetByLabel("Rows per page").SelectOptionAsync("10");
        await Assertions.Expect(page.GetByTestId("list-row")).ToHaveCountAsync(10);
        var first = await ColumnAsync(page, "Id");

        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("page-number")).ToHaveTextAsync("Page 2");
        await WaitIdleAsync(page);
        var second = await ColumnAsync(page, "Id");
        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
        Assert.True(string.CompareOrdinal(first[^1], second[0]) < 0, "the second page continues where the first ended");
        await Assertions.Expect(page.GetByTestId("list-count")).ToContainTextAsync("Rows 11–");

        await page.GetByRole(AriaRole.Button, new() { Name = "Previous" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("page-number")).ToHaveTextAsync("Page 1");
        await WaitIdleAsync(page);
        Assert.Equal(first, await ColumnAsync(page, "Id"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Checking_rows_selects_them_and_shows_how_many_are_selected()
    {
        var page = await OpenAsync("/m/SaleOrders");
        var boxes = page.GetByTestId("list-row").Locator("input[type=checkbox]");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();
        await Assertions.Expect(page.GetByTestId("selected-count")).ToHaveTextAsync("2 selected");
        await boxes.Nth(0).UncheckAsync();
        await Assertions.Expect(page.GetByTestId("selected-count")).ToHaveTextAsync("1 selected");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Export_downloads_a_csv_with_the_header_and_every_row_of_the_current_filter()
    {
        var page = await OpenAsync("/m/SaleOrders");
        await page.GetByLabel("Rows per page").SelectOptionAsync("10");
        await ChangeAsync(page, async () =>
        {
            await page.GetByLabel("Filter Customer").FillAsync("acme");
            await page.GetByLabel("Filter Customer").PressAsync("Enter");
        });
        await page.GetByTestId("sort-Id").ClickAsync();
        await page.GetByTestId("sort-Id").ClickAsync();
        await Assertions.Expect(page.Locator("th", new() { Has = page.GetByTestId("sort-Id") })).ToHaveAttributeAsync("aria-sort", "descending");
        await WaitIdleAsync(page);
        var total = await TotalAsync(page);
        var shown = await ColumnAsync(page, "Id");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
        Assert.Equal("SaleOrders.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Id,Customer,Order date,Total,Currency,State", lines[0]);
        Assert.Equal(total, lines.Length - 1);
        Assert.Equal(shown, lines.Skip(1).Take(shown.Count).Select(l => l.Split(',')[0]));
        Assert.Contains(lines, l => l.StartsWith("SO-DEMO-001,ORG-ACME,2026-03-02,", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_module_shows_a_clear_message()
    {
        var page = await site.SignInAsync("sam", "/m/NoSuchThings");
        await Assertions.Expect(page.GetByTestId("no-such-module")).ToContainTextAsync("There is no module \"NoSuchThings\"");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "No such module" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await site.SignInAsync("sam", path);
        await Assertions.Expect(page.GetByTestId("list-row").First).ToBeVisibleAsync();
        await WaitIdleAsync(page);
        return page;
    }

    private async Task CreateOrdersAsync(int count)
    {
        var documents = site.Services.GetRequiredService<DocumentService>();
        for (var i = 0; i < count; i++)
        {
            var body = DocumentValue.Create(
                ("Customer", "ORG-ACME"),
                ("Currency", "EUR"),
                ("OrderDate", new DateOnly(2026, 1, 1 + i)),
                ("CustomerReference", $"PAGING-{Guid.NewGuid():N}"));
            await documents.CreateAsync("SaleOrder", body, Sam, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Does what changes the matches (a filter) and waits until the list shows the new count and its page.</summary>
    private static async Task ChangeAsync(IPage page, Func<Task> change)
    {
        var before = await page.GetByTestId("list-count").InnerTextAsync();
        await change();
        await Assertions.Expect(page.GetByTestId("list-count")).Not.ToHaveTextAsync(before);
        await WaitIdleAsync(page);
    }

    /// <summary>Waits until the list is no longer reading a page.</summary>
    private static Task WaitIdleAsync(IPage page) =>
        Assertions.Expect(page.GetByTestId("list-table")).ToHaveAttributeAsync("aria-busy", "false");

    private static async Task<IReadOnlyList<string>> HeadersAsync(IPage page) =>
        [.. (await page.Locator("[data-testid=list-table] thead tr:first-child th").AllInnerTextsAsync()).Skip(1).Select(t => t.Trim(' ', '▲', '▼'))];

    private static async Task<List<string>> ColumnAsync(IPage page, string title)
    {
        var index = (await HeadersAsync(page)).ToList().IndexOf(title);
        Assert.True(index >= 0, $"no column {title}");
        return [.. (await page.Locator($"[data-testid=list-row] td:nth-child({index + 2})").AllInnerTextsAsync()).Select(t => t.Trim())];
    }

    /// <summary>The number of matching documents the toolbar reports ("Rows 1–25 of 31").</summary>
    private static async Task<int> TotalAsync(IPage page)
    {
        var text = await page.GetByTestId("list-count").InnerTextAsync();
        var words = text.Split(' ');
        return text.StartsWith("Rows", StringComparison.Ordinal)
            ? int.Parse(words[^1], CultureInfo.InvariantCulture)
            : int.Parse(words[0], CultureInfo.InvariantCulture);
    }
}
