using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Consultant;

/// <summary>
/// Drives the consultant code editor (Monaco) of the page that is open: a component's or a definition's editor.
/// For end-to-end tests that change code through the portal.
/// </summary>
public static class CodeEditorDriver
{
    // The Monaco editor inside the page's code editor container (BlazorMonaco keeps its editors in a list).
    private const string FindEditor = "window.blazorMonaco.editors.map(e => e.editor).find(e => e.getContainerDomNode().closest('[data-testid=code-editor]'))";

    /// <summary>Waits for the editor, then replaces its whole text with <paramref name="source"/>.</summary>
    public static async Task SetSourceAsync(IPage page, string source)
    {
        ArgumentNullException.ThrowIfNull(page);
        await WaitForEditorAsync(page);
        await page.EvaluateAsync($"source => {{ const editor = {FindEditor}; editor.getModel().setValue(source); }}", source);
    }

    /// <summary>Waits until the editor's text contains <paramref name="text"/> (after the page itself replaced it, e.g. with a skeleton).</summary>
    public static async Task WaitForSourceContainingAsync(IPage page, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        await WaitForEditorAsync(page);
        await page.WaitForFunctionAsync($"text => ({FindEditor}).getModel().getValue().includes(text)", text);
    }

    /// <summary>The editor's whole text.</summary>
    public static async Task<string> SourceAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await WaitForEditorAsync(page);
        return await page.EvaluateAsync<string>($"() => {FindEditor}.getModel().getValue()");
    }

    /// <summary>Clicks Save and waits until the page has handled the save (its result or problems are shown).</summary>
    public static async Task SaveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var before = await SavesAsync(page);
        await page.GetByTestId("save").ClickAsync();
        await WaitForSaveAsync(page, before);
    }

    /// <summary>Presses Ctrl+S in the editor and waits until the page has handled the save.</summary>
    public static async Task SaveWithKeyboardAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var before = await SavesAsync(page);
        await page.GetByTestId("code-editor").Locator(".monaco-editor textarea").FocusAsync();
        await page.Keyboard.PressAsync("Control+s");
        await WaitForSaveAsync(page, before);
    }

    /// <summary>The diagnostic (or definition problem) messages listed under the editor, in order.</summary>
    public static async Task<IReadOnlyList<string>> DiagnosticsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.GetByTestId("diagnostic-message").AllInnerTextsAsync();
    }

    /// <summary>How many markers Monaco shows, over all its models.</summary>
    public static async Task<int> MarkerCountAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return await page.EvaluateAsync<int>("() => monaco.editor.getModelMarkers({}).length");
    }

    /// <summary>Waits until the editor is up and holds its text.</summary>
    public static async Task WaitForEditorAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForFunctionAsync($"() => window.blazorMonaco && window.monaco && !!({FindEditor}) && !!({FindEditor}).getModel()");
    }

    private static Task<int> SavesAsync(IPage page) =>
        page.GetByTestId("save-state").EvaluateAsync<int>("e => Number(e.dataset.saves)");

    private static async Task WaitForSaveAsync(IPage page, int before)
    {
        // A new definition's first save moves to its own page, where the count starts again.
        var address = page.Url;
        await page.WaitForFunctionAsync(
            "([before, address]) => location.href !== address || Number(document.querySelector('[data-testid=save-state]')?.dataset.saves) > before",
            new object[] { before, address });
    }
}
