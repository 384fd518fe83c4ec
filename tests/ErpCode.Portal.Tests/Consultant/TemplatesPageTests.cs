using ErpCode.Portal.Tests.Support;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Consultant;

/// <summary>
/// Business templates: every install, upgrade and uninstall shows its plan and waits for a confirmation; templates come
/// only from business-templates/ and the folders of Portal:TemplateFolders, never from a path typed on the page.
/// </summary>
public sealed class TemplatesPageTests(PortalSite site)
{
    [Fact]
    public async Task Uninstalling_a_shipped_template_shows_its_plan_first_and_cancelling_changes_nothing()
    {
        var page = await site.SignInAsync("admin", "/consultant/templates");
        var row = page.Locator("[data-testid=installed-template][data-name=erp_accounting]");
        await row.GetByRole(AriaRole.Button, new() { Name = "Plan uninstall" }).ClickAsync();

        var plan = page.GetByTestId("template-plan");
        await Assertions.Expect(plan).ToContainTextAsync("Uninstall erp_accounting");
        Assert.True(await plan.Locator("[data-testid=plan-change][data-kind=Remove]").CountAsync() > 0);
        await PortalSite.ScreenshotAsync(page, "templates-plan");
        await page.GetByTestId("cancel-plan").ClickAsync();

        await Assertions.Expect(page.GetByTestId("template-message")).ToContainTextAsync("nothing was changed");
        await Assertions.Expect(plan).ToHaveCountAsync(0);
        await Assertions.Expect(row).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_template_of_a_configured_folder_is_installed_and_uninstalled_only_after_its_plan_is_confirmed()
    {
        var name = "portal_tpl_" + Guid.NewGuid().ToString("N")[..8];
        var folder = Path.Combine(site.TemplateFolder, name);
        Directory.CreateDirectory(Path.Combine(folder, "categories"));
        await File.WriteAllTextAsync(Path.Combine(folder, "template.yaml"), $"name: {name}\nversion: 1.0.0\ndescription: A template of the portal tests.\nauthor: ErpCode tests\nlicence: MIT\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "categories", $"{name}_colour.json"), $"{{\n  \"name\": \"{name}_colour\",\n  \"title\": \"Colour\",\n  \"items\": [\n    {{\n      \"id\": \"red\",\n      \"title\": \"Red\",\n      \"items\": []\n    }}\n  ]\n}}\n", TestContext.Current.CancellationToken);

        try
        {
            var page = await site.SignInAsync("admin", "/consultant/templates");
            var available = page.Locator($"[data-testid=available-template][data-name={name}]");
            await Assertions.Expect(available).ToContainTextAsync(site.TemplateFolder);
            await available.GetByRole(AriaRole.Button, new() { Name = "Plan install" }).ClickAsync();

            var plan = page.GetByTestId("template-plan");
            await Assertions.Expect(plan.Locator("[data-testid=plan-change][data-kind=Add]")).ToContainTextAsync($"Category {name}_colour");
            var installed = page.Locator($"[data-testid=installed-template][data-name={name}]");
            await Assertions.Expect(installed).ToHaveCountAsync(0);
            await page.GetByTestId("apply-plan").ClickAsync();

            await Assertions.Expect(page.GetByTestId("template-message")).ToContainTextAsync("Done");
            await Assertions.Expect(installed).ToContainTextAsync("1.0.0");
            await Assertions.Expect(available).ToContainTextAsync("Installed");

            await installed.GetByRole(AriaRole.Button, new() { Name = "Plan uninstall" }).ClickAsync();
            await Assertions.Expect(plan.Locator("[data-testid=plan-change][data-kind=Remove]")).ToContainTextAsync($"Category {name}_colour");
            await page.GetByTestId("apply-plan").ClickAsync();

            await Assertions.Expect(page.GetByTestId("template-message")).ToContainTextAsync("Done");
            await Assertions.Expect(installed).ToHaveCountAsync(0);
            await page.Context.CloseAsync();
        }
        finally
        {
            // The extra folder serves the whole run: take this test's template out so later page loads (and screenshots) do not show it.
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_broken_template_of_a_configured_folder_shows_why_it_cannot_be_read_and_no_path_can_be_typed()
    {
        var name = "portal_bad_" + Guid.NewGuid().ToString("N")[..8];
        var folder = Path.Combine(site.TemplateFolder, name);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "template.yaml"), $"name: {name}\nversion: not-a-version\ndescription: A broken template of the portal tests.\nauthor: ErpCode tests\nlicence: MIT\n", TestContext.Current.CancellationToken);

        try
        {
            var page = await site.SignInAsync("admin", "/consultant/templates");

            var row = page.Locator($"[data-testid=available-template][data-name={name}]");
            await Assertions.Expect(row).ToContainTextAsync("Cannot be read");
            await Assertions.Expect(row).ToContainTextAsync("'not-a-version' is not a semantic version");
            await Assertions.Expect(row).ToContainTextAsync(site.TemplateFolder);
            await Assertions.Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
            var content = page.Locator("#main");
            await Assertions.Expect(content.GetByTestId("available-templates")).ToBeVisibleAsync();
            await Assertions.Expect(content.Locator("input, textarea, fluent-text-field")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Plan install or upgrade" })).ToHaveCountAsync(0);
            await page.Context.CloseAsync();
        }
        finally
        {
            // The extra folder serves the whole run: take this test's template out so later page loads (and screenshots) do not show it.
            Directory.Delete(folder, recursive: true);
        }
    }
}
