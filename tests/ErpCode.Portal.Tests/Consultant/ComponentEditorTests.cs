using ErpCode.Portal.Tests.Support;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Consultant;

/// <summary>The component pages: list, code editor with the compiler's diagnostics, history with diffs, and running tests.</summary>
public sealed class ComponentEditorTests(PortalSite site)
{
    [Fact]
    public async Task A_compile_error_in_a_business_method_shows_as_a_marker_and_a_diagnostic_while_the_old_code_keeps_running_and_a_fix_runs_at_once()
    {
        var page = await site.SignInAsync("admin", "/consultant/components");
        await Assertions.Expect(page.Locator("[data-testid=component-row][data-reference=SaleOrder]")).ToBeVisibleAsync();
        await PortalSite.ScreenshotAsync(page, "consultant-components");
        await page.GetByRole(AriaRole.Link, new() { Name = "SaleOrder", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/consultant/components/SaleOrder");
        var original = await CodeEditorDriver.SourceAsync(page);
        Assert.Contains("public string CreateInvoice()", original, StringComparison.Ordinal);
        var running = await page.GetByTestId("running-version").InnerTextAsync();
        await PortalSite.ScreenshotAsync(page, "code-editor");
        try
        {
            // Typed as a user types: at the end of the class, then Ctrl+S.
            await page.GetByTestId("code-editor").Locator(".view-lines").ClickAsync();
            await page.Keyboard.PressAsync("Control+End");
            await page.Keyboard.TypeAsync("\nthis is not C#");
            await CodeEditorDriver.SaveWithKeyboardAsync(page);

            Assert.NotEmpty(await CodeEditorDriver.DiagnosticsAsync(page));
            Assert.True(await CodeEditorDriver.MarkerCountAsync(page) > 0, "the compile error shows as a Monaco marker");
            await Assertions.Expect(page.GetByTestId("save-result")).ToContainTextAsync("keeps running");
            await Assertions.Expect(page.GetByTestId("component-state").First).ToHaveTextAsync("Modified");
            Assert.Equal(running, await page.GetByTestId("running-version").InnerTextAsync());
            await PortalSite.ScreenshotAsync(page, "code-editor-error");

            // The diagnostic's line button moves the cursor to the error.
            await page.GetByTestId("diagnostic").First.GetByRole(AriaRole.Button).ClickAsync();

            // The old SaleOrder still runs: the trade tests, which invoice through it, pass.
            await RunTradeTestsAsync(page, expectAllPassed: true);

            await page.GotoAsync("/consultant/components/SaleOrder");
            await PortalSite.WaitForPortalAsync(page);
            var marked = original.TrimEnd() + "\n// Checked by the portal's consultant tests.\n";
            await CodeEditorDriver.SetSourceAsync(page, marked);
            await CodeEditorDriver.SaveAsync(page);

            await Assertions.Expect(page.GetByTestId("save-result")).ToContainTextAsync("runs now");
            Assert.Empty(await CodeEditorDriver.DiagnosticsAsync(page));
            Assert.Equal(0, await CodeEditorDriver.MarkerCountAsync(page));
            Assert.NotEqual(running, await page.GetByTestId("running-version").InnerTextAsync());

            // The history lists every save; the diff of the save before this one against the current source shows the change.
            Assert.True(await page.GetByTestId("revision").CountAsync() >= 3);
            var diff = page.GetByTestId("diff");
            await Assertions.Expect(diff.Locator("[data-change=Inserted]", new() { HasText = "Checked by the portal's consultant tests" })).ToBeVisibleAsync();
            await Assertions.Expect(diff.Locator("[data-change=Deleted]", new() { HasText = "this is not C#" })).ToBeVisibleAsync();
            await diff.ScrollIntoViewIfNeededAsync();
            await PortalSite.ScreenshotAsync(page, "component-history");
        }
        finally
        {
            await RestoreAsync(page, "SaleOrder", original);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Running_the_tests_of_a_Test_component_shows_each_test_passed_or_failed_with_its_message()
    {
        var page = await site.SignInAsync("admin", "/consultant/components");
        await RunTradeTestsAsync(page, expectAllPassed: true);
        await PortalSite.ScreenshotAsync(page, "component-tests");

        // A new Test component, made in the portal, with a failing test: its message names the expectation.
        var reference = "PortalCheck" + Guid.NewGuid().ToString("N")[..8];
        await page.GotoAsync("/consultant/components/new");
        await PortalSite.WaitForPortalAsync(page);
        await page.GetByTestId("new-reference").Locator("input").FillAsync(reference);
        await page.GetByTestId("new-kind").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Test", Exact = true }).ClickAsync();
        await CodeEditorDriver.WaitForSourceContainingAsync(page, "SiteTest"); // the page puts the Test skeleton in first
        await CodeEditorDriver.SetSourceAsync(page, TestSource(reference, failing: true));
        Assert.Equal(TestSource(reference, failing: true), await CodeEditorDriver.SourceAsync(page));
        await CodeEditorDriver.SaveAsync(page);
        await page.WaitForURLAsync($"**/consultant/components/{reference}");
        await CodeEditorDriver.WaitForEditorAsync(page);

        await page.GetByTestId("run-tests").ClickAsync();

        await Assertions.Expect(page.GetByTestId("test-summary")).ToHaveTextAsync("1 passed, 1 failed.");
        var failed = page.Locator("[data-testid=test-result][data-passed=false]");
        await Assertions.Expect(failed).ToContainTextAsync("the sum: expected 5, got 4");

        // Leave no failing test behind for whoever runs every test of the site.
        await CodeEditorDriver.SetSourceAsync(page, TestSource(reference, failing: false));
        await CodeEditorDriver.SaveAsync(page);
        await Assertions.Expect(page.GetByTestId("save-result")).ToContainTextAsync("runs now");
        await page.Context.CloseAsync();
    }

    private static async Task RunTradeTestsAsync(IPage page, bool expectAllPassed)
    {
        await page.GotoAsync("/consultant/components/TradeTests");
        await PortalSite.WaitForPortalAsync(page);
        await CodeEditorDriver.WaitForEditorAsync(page);
        await page.GetByTestId("run-tests").ClickAsync();
        await Assertions.Expect(page.GetByTestId("test-summary")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var results = page.GetByTestId("test-result");
        Assert.True(await results.CountAsync() >= 8);
        if (expectAllPassed)
        {
            Assert.Equal(0, await page.Locator("[data-testid=test-result][data-passed=false]").CountAsync());
        }
    }

    /// <summary>Puts a component's source back as it was, so the tests after this one see the shipped code.</summary>
    private static async Task RestoreAsync(IPage page, string reference, string source)
    {
        await page.GotoAsync($"/consultant/components/{reference}");
        await PortalSite.WaitForPortalAsync(page);
        if (await CodeEditorDriver.SourceAsync(page) != source)
        {
            await CodeEditorDriver.SetSourceAsync(page, source);
            await CodeEditorDriver.SaveAsync(page);
            await Assertions.Expect(page.GetByTestId("save-result")).ToContainTextAsync("runs now");
        }
    }

    private static string TestSource(string reference, bool failing) => $$"""
        using ErpCode.Scripting;

        public sealed class {{reference}} : SiteTest
        {
            [Test]
            public void Two_and_two_make_four()
            {
                Equal(4, 2 + 2, "the sum");
            }
        {{(failing ? """

            [Test]
            public void A_wrong_expectation_fails()
            {
                Equal(5, 2 + 2, "the sum");
            }
        """ : string.Empty)}}
        }

        """;
}
