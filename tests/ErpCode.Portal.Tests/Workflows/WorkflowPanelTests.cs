using ErpCode.Portal.Tests.Forms;
using ErpCode.Portal.Tests.Support;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Workflows;

/// <summary>The workflow panel and the history on the form: transitions fired with a comment, refusals shown, the history entry written.</summary>
public sealed class WorkflowPanelTests(PortalSite site)
{
    [Fact]
    public async Task Sam_confirms_his_order_with_a_comment_and_sees_the_new_state_and_the_history_entry()
    {
        var order = await SaleOrders.CreateAsync(site, SaleOrders.UniqueReference("FLOW"));
        var page = await site.SignInAsync("sam", $"/m/SaleOrders/{order.Id}");
        await Assertions.Expect(page.GetByTestId("state-OrderState")).ToHaveTextAsync("Draft");

        await page.Locator("[data-transition=Confirm]").ClickAsync();
        var dialog = page.GetByTestId("transition-dialog");
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Comment (optional)" }).FillAsync("Checked with Acme by phone");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Confirm", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("state-OrderState")).ToHaveTextAsync("Confirmed");
        var latest = page.GetByTestId("history").Locator(".history-entry").First;
        await Assertions.Expect(latest).ToContainTextAsync("Confirm");
        await Assertions.Expect(latest).ToContainTextAsync("Draft → Confirmed");
        await Assertions.Expect(latest).ToContainTextAsync("by sam");
        await Assertions.Expect(latest.Locator(".history-comment")).ToHaveTextAsync("Checked with Acme by phone");
        await Assertions.Expect(page.Locator("[data-transition=Confirm]")).ToHaveCountAsync(0);

        // Sales may change a draft only: the confirmed order is read-only for sam now.
        await Assertions.Expect(page.GetByTestId("read-only")).ToBeVisibleAsync();
        var stored = await SaleOrders.Documents(site).GetAsync("SaleOrder", order.Id, SaleOrders.Sam, TestContext.Current.CancellationToken);
        Assert.Equal("confirmed", stored["OrderState"]!.ToString());
        await PortalSite.ScreenshotAsync(page, "workflow-history");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_transition_its_before_script_refuses_shows_the_reason_keeps_the_comment_and_changes_nothing()
    {
        var order = await SaleOrders.CreateAsync(site, SaleOrders.UniqueReference("REFUSE"), product: "PR-CRT");
        var page = await site.SignInAsync("sam", $"/m/SaleOrders/{order.Id}");

        await page.Locator("[data-transition=Confirm]").ClickAsync();
        var dialog = page.GetByTestId("transition-dialog");
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Comment (optional)" }).FillAsync("Please confirm");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Confirm", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("transition-message")).ToContainTextAsync("no longer sold");
        Assert.Equal("Please confirm", await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Comment (optional)" }).InputValueAsync());
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("state-OrderState")).ToHaveTextAsync("Draft");
        var stored = await SaleOrders.Documents(site).GetAsync("SaleOrder", order.Id, SaleOrders.Sam, TestContext.Current.CancellationToken);
        Assert.Equal(order.Version, stored.Version);
        await page.Context.CloseAsync();
    }
}
