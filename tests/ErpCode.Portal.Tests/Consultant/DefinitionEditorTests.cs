using ErpCode.Portal.Tests.Support;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Consultant;

/// <summary>Definitions as documents: their template file text in the code editor, checked on save, with history and diffs.</summary>
public sealed class DefinitionEditorTests(PortalSite site)
{
    [Fact]
    public async Task A_new_property_sheet_is_saved_then_a_property_added_to_its_text_shows_in_its_history_with_a_diff()
    {
        var name = "PortalSheet" + Guid.NewGuid().ToString("N")[..8];
        var page = await site.SignInAsync("admin", "/consultant/definitions/property-sheets");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "SaleOrderSheet", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New property sheet" }).ClickAsync();
        await page.WaitForURLAsync("**/consultant/definitions/property-sheets/new");
        Assert.Contains("\"name\": \"NewPropertySheet\"", await CodeEditorDriver.SourceAsync(page), StringComparison.Ordinal);

        await CodeEditorDriver.SetSourceAsync(page, Sheet(name, """{ "name": "Code", "type": "String" }"""));
        await CodeEditorDriver.SaveAsync(page);
        await page.WaitForURLAsync($"**/consultant/definitions/property-sheets/{name}");
        await CodeEditorDriver.WaitForEditorAsync(page);

        // A value that is not a property type is refused, with the line it is on; nothing is saved.
        await CodeEditorDriver.SetSourceAsync(page, Sheet(name, """{ "name": "Code", "type": "String" }""", """{ "name": "Weight", "type": "Heavy" }"""));
        await CodeEditorDriver.SaveAsync(page);
        var problems = await CodeEditorDriver.DiagnosticsAsync(page);
        Assert.Contains(problems, p => p.Contains("not a property type", StringComparison.Ordinal));
        Assert.Equal(1, await CodeEditorDriver.MarkerCountAsync(page));
        await Assertions.Expect(page.GetByTestId("diagnostic")).ToHaveAttributeAsync("data-line", "6");
        Assert.Equal(1, await page.GetByTestId("revision").CountAsync());

        await CodeEditorDriver.SetSourceAsync(page, Sheet(name, """{ "name": "Code", "type": "String" }""", """{ "name": "Weight", "type": "Decimal" }"""));
        await CodeEditorDriver.SaveAsync(page);

        await Assertions.Expect(page.GetByTestId("save-result")).ToContainTextAsync("Saved");
        Assert.Equal(0, await CodeEditorDriver.MarkerCountAsync(page));
        await Assertions.Expect(page.GetByTestId("revision")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("diff").Locator("[data-change=Inserted]", new() { HasText = "\"name\": \"Weight\"" })).ToBeVisibleAsync();
        Assert.Contains("\"type\": \"Decimal\"", await CodeEditorDriver.SourceAsync(page), StringComparison.Ordinal);
        await PortalSite.ScreenshotAsync(page, "definition-editor");

        // The list shows the new sheet, from the running site.
        await page.GotoAsync("/consultant/definitions/property-sheets");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_definition_that_breaks_the_site_is_refused_with_every_problem_and_the_running_one_is_kept()
    {
        var page = await site.SignInAsync("admin", "/consultant/definitions/portal-types/SaleOrder");
        var original = await CodeEditorDriver.SourceAsync(page);

        await CodeEditorDriver.SetSourceAsync(page, original.Replace("\"SaleOrderSheet\"", "\"NoSuchSheet\"", StringComparison.Ordinal));
        await CodeEditorDriver.SaveAsync(page);

        await Assertions.Expect(page.GetByTestId("save-result")).ToContainTextAsync("Not saved");
        Assert.Contains(await CodeEditorDriver.DiagnosticsAsync(page), p => p.Contains("NoSuchSheet", StringComparison.Ordinal));
        await page.ReloadAsync();
        await PortalSite.WaitForPortalAsync(page);
        Assert.Equal(original, await CodeEditorDriver.SourceAsync(page));
        await page.Context.CloseAsync();
    }

    private static string Sheet(string name, params string[] properties) =>
        $"{{\n  \"name\": \"{name}\",\n  \"title\": \"Portal test sheet\",\n  \"properties\": [\n    {string.Join(",\n    ", properties)}\n  ]\n}}\n";
}
