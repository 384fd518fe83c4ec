using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Portal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Consultant;

/// <summary>The component editor's "Action of the site" section: a Script's declaration as an action, shown, saved as its JSON, refused with its problem, cleared.</summary>
public sealed class SiteActionEditorTests(PortalSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_shipped_RepeatSaleOrder_shows_its_signature_and_who_runs_it_and_the_list_marks_it_an_action()
    {
        var page = await site.SignInAsync("admin", "/consultant/components");
        try
        {
            var row = page.Locator("[data-testid=component-row][data-reference=RepeatSaleOrder]");
            await Assertions.Expect(row.GetByTestId("action-badge")).ToHaveTextAsync("action");
            await Assertions.Expect(page.Locator("[data-testid=component-row][data-reference=SaleOrder]").GetByTestId("action-badge")).ToHaveCountAsync(0);

            await page.GotoAsync("/consultant/components/RepeatSaleOrder");
            await PortalSite.WaitForPortalAsync(page);

            var section = page.GetByTestId("site-action");
            await Assertions.Expect(section).ToHaveAttributeAsync("data-is-action", "true");
            await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Action of the site" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("site-action-signature"))
                .ToHaveTextAsync("POST /odata/RepeatSaleOrder(Order: String, CustomerReference?: String) → String, run by Sales, Manager");
            var text = await page.GetByLabel("Declaration of RepeatSaleOrder as an action (JSON)").InputValueAsync();
            Assert.Contains("\"Manager\"", text, StringComparison.Ordinal);
            Assert.Contains("\"returns\": \"String\"", text, StringComparison.Ordinal);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Other_kinds_than_Script_have_no_action_section()
    {
        var page = await site.SignInAsync("admin", "/consultant/components/SaleOrder");
        try
        {
            await CodeEditorDriver.WaitForEditorAsync(page);
            await Assertions.Expect(page.GetByTestId("history")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("site-action")).ToHaveCountAsync(0);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_script_declared_an_action_in_the_textarea_shows_its_signature_a_bad_declaration_shows_its_problem_and_keeps_the_text_and_Not_an_action_clears_it()
    {
        // Arrange: a Script of its own, so the shipped RepeatSaleOrder is never touched.
        var components = site.Services.GetRequiredService<ComponentService>();
        var reference = "PortalAction" + Guid.NewGuid().ToString("N")[..8];
        await components.SaveAsync(reference, ComponentKind.Script, "return \"done\";\n", Caller.System, Ct);
        var page = await site.SignInAsync("admin", $"/consultant/components/{reference}");
        try
        {
            var section = page.GetByTestId("site-action");
            var declaration = page.GetByLabel($"Declaration of {reference} as an action (JSON)");
            await Assertions.Expect(section).ToHaveAttributeAsync("data-is-action", "false");
            await Assertions.Expect(page.GetByTestId("site-action-status")).ToContainTextAsync("is not an action of the site");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Not an action", Disabled = true })).ToBeVisibleAsync();

            // Act: declared through the textarea, as typed.
            await declaration.FillAsync("""{"roles": ["Sales"], "parameters": [{"name": "Since", "type": "Date", "optional": true}], "returns": "Decimal"}""");
            await SaveDeclarationAsync(page, "site-action-save");

            await Assertions.Expect(page.GetByTestId("site-action-result")).ToContainTextAsync("is an action of the site");
            await Assertions.Expect(page.GetByTestId("site-action-signature")).ToHaveTextAsync($"POST /odata/{reference}(Since?: Date) → Decimal, run by Sales");
            Assert.Equal(["Sales"], (await components.FindAsync(reference, Ct))!.Action!.Roles);

            // A type an action cannot return: the problem names its line and field, and the text stays for fixing.
            const string Bad = """
                {
                  "roles": ["Sales"],
                  "parameters": [],
                  "returns": "Money"
                }
                """;
            await declaration.FillAsync(Bad);
            await SaveDeclarationAsync(page, "site-action-save");

            await Assertions.Expect(page.GetByTestId("site-action-result")).ToContainTextAsync("Not saved");
            await Assertions.Expect(page.GetByTestId("site-action-problem-message")).ToContainTextAsync("line 4, action.returns: 'Money' is not a type an action returns");
            await Assertions.Expect(declaration).ToHaveValueAsync(Bad);
            await Assertions.Expect(declaration).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.GetByTestId("site-action-signature")).ToHaveTextAsync($"POST /odata/{reference}(Since?: Date) → Decimal, run by Sales");
            await page.EvaluateAsync("() => window.scrollTo(0, 0)"); // else the sticky header is drawn across the middle of the full-page capture
            await PortalSite.ScreenshotAsync(page, "component-site-action");

            // Cleared with the keyboard: no longer an action, and the store says so.
            await page.GetByTestId("site-action-clear").FocusAsync();
            await SaveDeclarationAsync(page, keyboard: true);

            await Assertions.Expect(section).ToHaveAttributeAsync("data-is-action", "false");
            await Assertions.Expect(page.GetByTestId("site-action-signature")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("site-action-problem")).ToHaveCountAsync(0);
            Assert.Null((await components.FindAsync(reference, Ct))!.Action);
        }
        finally
        {
            await page.Context.CloseAsync();

            // Leave nothing callable behind: the script is no action and does not run.
            if ((await components.FindAsync(reference, Ct))?.Action is not null)
            {
                await components.SetActionAsync(reference, null, Caller.System, Ct);
            }

            await components.InvalidateAsync(reference, Caller.System, Ct);
        }
    }

    /// <summary>Clicks the button (or presses Enter on the focused one) and waits until the section has handled it.</summary>
    private static async Task SaveDeclarationAsync(IPage page, string? button = null, bool keyboard = false)
    {
        var state = page.GetByTestId("site-action-state");
        var before = await state.GetAttributeAsync("data-saves");
        if (keyboard)
        {
            await page.Keyboard.PressAsync("Enter");
        }
        else
        {
            await page.GetByTestId(button!).ClickAsync();
        }

        await Assertions.Expect(state).Not.ToHaveAttributeAsync("data-saves", before!);
    }
}
