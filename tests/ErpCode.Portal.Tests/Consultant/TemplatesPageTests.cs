using ErpCode.Portal.Tests.Support;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Consultant;

/// <summary>Business templates: every install, upgrade and uninstall shows its plan and waits for a confirmation.</summary>
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
    public async Task A_template_from_a_folder_is_installed_and_uninstalled_only_after_its_plan_is_confirmed()
    {
        var name = "portal_tpl_" + Guid.NewGuid().ToString("N")[..8];
        var root = Path.Combine(Path.GetTempPath(), "erpcode-portal-templates", Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(Path.Combine(folder, "categories"));
        await File.WriteAllTextAsync(Path.Combine(folder, "template.yaml"), $"name: {name}\nversion: 1.0.0\ndescription: A template of the portal tests.\nauthor: ErpCode tests\nlicence: MIT\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "categories", $"{name}_colour.json"), $"{{\n  \"name\": \"{name}_colour\",\n  \"title\": \"Colour\",\n  \"items\": [\n    {{\n      \"id\": \"red\",\n      \"title\": \"Red\",\n      \"items\": []\n    }}\n  ]\n}}\n", TestContext.Current.CancellationToken);
        try
        {
            var page = await site.SignInAsync("admin", "/consultant/templates");
            await page.GetByTestId("template-path").Locator("input").FillAsync(folder);
            await page.GetByRole(AriaRole.Button, new() { Name = "Plan install or upgrade" }).ClickAsync();

            var plan = page.GetByTestId("template-plan");
            await Assertions.Expect(plan.Locator("[data-testid=plan-change][data-kind=Add]")).ToContainTextAsync($"Category {name}_colour");
            var installed = page.Locator($"[data-testid=installed-template][data-name={name}]");
            await Assertions.Expect(installed).ToHaveCountAsync(0);
            await page.GetByTestId("apply-plan").ClickAsync();

            await Assertions.Expect(page.GetByTestId("template-message")).ToContainTextAsync("Done");
            await Assertions.Expect(installed).ToContainTextAsync("1.0.0");

            await installed.GetByRole(AriaRole.Button, new() { Name = "Plan uninstall" }).ClickAsync();
            await Assertions.Expect(plan.Locator("[data-testid=plan-change][data-kind=Remove]")).ToContainTextAsync($"Category {name}_colour");
            await page.GetByTestId("apply-plan").ClickAsync();

            await Assertions.Expect(page.GetByTestId("template-message")).ToContainTextAsync("Done");
            await Assertions.Expect(installed).ToHaveCountAsync(0);
            await page.Context.CloseAsync();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_folder_that_is_not_a_template_is_refused_with_a_clear_message()
    {
        var page = await site.SignInAsync("admin", "/consultant/templates");
        await page.GetByTestId("template-path").Locator("input").FillAsync(Path.Combine(Path.GetTempPath(), "no-such-template-" + Guid.NewGuid().ToString("N")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan install or upgrade" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("template-message")).ToContainTextAsync("there is no such template folder");
        await Assertions.Expect(page.GetByTestId("template-plan")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
