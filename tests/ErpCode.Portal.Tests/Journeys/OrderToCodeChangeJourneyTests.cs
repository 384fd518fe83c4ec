using ErpCode.Portal.Tests.Consultant;
using ErpCode.Portal.Tests.Forms;
using ErpCode.Portal.Tests.Support;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Journeys;

/// <summary>
/// The portal's whole promise in one sitting: a seller makes an order, a consultant changes the order's business class in
/// the browser, and the seller's open order page runs the new code without anyone restarting anything.
/// </summary>
public sealed class OrderToCodeChangeJourneyTests(PortalSite site)
{
    [Fact]
    public async Task A_seller_orders_and_confirms_and_a_consultants_new_business_method_shows_on_the_order_page_after_a_compile_error_was_marked()
    {
        // The seller creates an order with a line; the missing customer is shown beside its field first.
        var seller = await site.SignInAsync("sam", "/m/SaleOrders/new");
        var reference = SaleOrders.UniqueReference("JOURNEY");
        await seller.GetByLabel("Customer's reference").FillAsync(reference);
        await DocumentFormTests.PickAsync(seller, "Currency", "EUR", "EUR");
        await seller.GetByRole(AriaRole.Button, new() { Name = "Add line" }).ClickAsync();
        await DocumentFormTests.PickAsync(seller, "Product, line 1", "PR-DESK", "PR-DESK");
        await DocumentFormTests.Cell(seller, "Lines-1-Quantity").FillAsync("3");
        await DocumentFormTests.Cell(seller, "Lines-1-Price").FillAsync("450");
        await seller.GetByRole(AriaRole.Button, new() { Name = "Create", Exact = true }).ClickAsync();
        await Assertions.Expect(seller.GetByTestId("error-field-Customer")).ToContainTextAsync("Customer is required");

        await DocumentFormTests.PickAsync(seller, "Customer", "Acme", "ORG-ACME");
        await DocumentFormTests.CreateOrderAsync(seller);
        var orderId = seller.Url[(seller.Url.LastIndexOf('/') + 1)..];

        // Confirmed with a comment: the state moves and the history says who, from what, to what, and why.
        await seller.Locator("[data-transition=Confirm]").ClickAsync();
        var dialog = seller.GetByTestId("transition-dialog");
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Comment (optional)" }).FillAsync("Agreed at the trade fair");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Confirm", Exact = true }).ClickAsync();
        await Assertions.Expect(seller.GetByTestId("state-OrderState")).ToHaveTextAsync("Confirmed");
        var latest = seller.GetByTestId("history").Locator(".history-entry").First;
        await Assertions.Expect(latest).ToContainTextAsync("Draft → Confirmed");
        await Assertions.Expect(latest.Locator(".history-comment")).ToHaveTextAsync("Agreed at the trade fair");
        await Assertions.Expect(seller.Locator("[data-method=Summary]")).ToHaveCountAsync(0);

        // The consultant opens the order's class in the code editor.
        var consultant = await site.SignInAsync("admin", "/consultant/components/SaleOrder");
        var original = await CodeEditorDriver.SourceAsync(consultant);
        try
        {
            // A compile error is marked in the editor, and the order keeps running the old code.
            await CodeEditorDriver.SetSourceAsync(consultant, WithSummary(original, "Document.Nope()"));
            await CodeEditorDriver.SaveAsync(consultant);
            Assert.True(await CodeEditorDriver.MarkerCountAsync(consultant) > 0, "the compile error shows as a marker in the editor");
            Assert.Contains(await CodeEditorDriver.DiagnosticsAsync(consultant), message => message.Contains("Nope", StringComparison.Ordinal));
            await seller.ReloadAsync();
            await PortalSite.WaitForPortalAsync(seller);
            await Assertions.Expect(seller.GetByTestId("state-OrderState")).ToHaveTextAsync("Confirmed");
            await Assertions.Expect(seller.Locator("[data-method=Summary]")).ToHaveCountAsync(0);

            // Fixed and saved: it runs at once on this server.
            await CodeEditorDriver.SetSourceAsync(consultant, WithSummary(original, "$\"{Document.Id} is {Document.GetString(\"OrderState\")}: {Document.GetDecimal(\"Total\")} {Document.GetString(\"Currency\")}\""));
            await CodeEditorDriver.SaveAsync(consultant);
            await Assertions.Expect(consultant.GetByTestId("save-result")).ToContainTextAsync("runs now");
            Assert.Equal(0, await CodeEditorDriver.MarkerCountAsync(consultant));

            // The seller's order page offers the new method and runs it.
            await seller.ReloadAsync();
            await PortalSite.WaitForPortalAsync(seller);
            await seller.Locator("[data-method=Summary]").ClickAsync();
            await Assertions.Expect(seller.GetByTestId("method-outcome")).ToContainTextAsync($"{orderId} is confirmed: ");
            await Assertions.Expect(seller.GetByTestId("method-outcome")).ToContainTextAsync(" EUR");
            await PortalSite.ScreenshotAsync(seller, "journey-order-new-method");
        }
        finally
        {
            await consultant.GotoAsync("/consultant/components/SaleOrder");
            await PortalSite.WaitForPortalAsync(consultant);
            await CodeEditorDriver.SetSourceAsync(consultant, original);
            await CodeEditorDriver.SaveAsync(consultant);
            await Assertions.Expect(consultant.GetByTestId("save-result")).ToContainTextAsync("runs now");
            await consultant.Context.CloseAsync();
            await seller.Context.CloseAsync();
        }
    }

    /// <summary>The shipped SaleOrder class with a read-only business method Summary returning <paramref name="expression"/>.</summary>
    private static string WithSummary(string source, string expression)
    {
        var end = source.LastIndexOf('}');
        return source[..end] + $$"""

                [Exposed(ReadOnly = true)]
                public string Summary() => {{expression}};
            }

            """;
    }
}
