using System.Text.RegularExpressions;
using ErpCode.Core.Security;
using ErpCode.Portal.Tests.Support;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Forms;

/// <summary>The business methods of a document's class as buttons on its form, with their outcome.</summary>
public sealed class BusinessMethodTests(PortalSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_accountant_creates_the_invoice_of_a_delivered_order_and_sees_its_id_and_the_order_invoiced()
    {
        var documents = SaleOrders.Documents(site);
        var order = await SaleOrders.CreateAsync(site, SaleOrders.UniqueReference("METHOD"));
        var confirmed = await documents.FireAsync("SaleOrder", order.Id, order.Version, "Confirm", null, SaleOrders.Sam, Ct);
        await documents.FireAsync("SaleOrder", order.Id, confirmed.Version, "Deliver", null, SaleOrders.Sam, Ct);
        var page = await site.SignInAsync("alice", $"/m/SaleOrders/{order.Id}");
        await Assertions.Expect(page.GetByTestId("state-OrderState")).ToHaveTextAsync("Delivered");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create invoice" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("method-outcome")).ToHaveTextAsync(new Regex("Create invoice returned INV-\\d{4}-\\d{5}"));
        await Assertions.Expect(page.GetByTestId("state-OrderState")).ToHaveTextAsync("Invoiced");
        var invoiceId = Regex.Match(await page.GetByTestId("method-outcome").InnerTextAsync(), "INV-\\d{4}-\\d{5}").Value;
        var invoice = await documents.GetAsync("Invoice", invoiceId, new Caller("alice", ["Accountant"]), Ct);
        Assert.Equal(order.Id, invoice["Order"]!.ToString());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_method_that_refuses_shows_its_message_and_leaves_the_order_as_it_was()
    {
        var order = await SaleOrders.CreateAsync(site, SaleOrders.UniqueReference("NOINV"));
        var page = await site.SignInAsync("sam", $"/m/SaleOrders/{order.Id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create invoice" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("method-outcome")).ToContainTextAsync("only a delivered order can be invoiced");
        await Assertions.Expect(page.GetByTestId("state-OrderState")).ToHaveTextAsync("Draft");
        var stored = await SaleOrders.Documents(site).GetAsync("SaleOrder", order.Id, SaleOrders.Sam, Ct);
        Assert.Equal(order.Version, stored.Version);
        await page.Context.CloseAsync();
    }
}
