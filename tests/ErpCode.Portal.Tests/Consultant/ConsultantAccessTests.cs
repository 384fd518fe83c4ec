using ErpCode.Portal.Tests.Support;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.Consultant;

/// <summary>Only users who may manage types, workflows, code or templates see the consultant pages.</summary>
public sealed class ConsultantAccessTests(PortalSite site)
{
    [Theory]
    [InlineData("/consultant")]
    [InlineData("/consultant/components")]
    [InlineData("/consultant/components/SaleOrder")]
    [InlineData("/consultant/definitions/property-sheets")]
    [InlineData("/consultant/definitions/workflows/SaleOrderWorkflow")]
    [InlineData("/consultant/templates")]
    public async Task A_sales_user_gets_no_consultant_links_and_a_refusal_on_a_consultant_page(string path)
    {
        var page = await site.SignInAsync("sam", path);

        await Assertions.Expect(page.GetByTestId("consultant-refusal")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("consultant-links")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("code-editor")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_developer_sees_the_consultant_links_and_reaches_each_page_from_them()
    {
        var page = await site.SignInAsync("admin");
        var links = page.GetByTestId("consultant-links");

        foreach (var (name, heading) in new[] { ("Components", "Components"), ("Property sheets", "Property sheets"), ("Workflows", "Workflows"), ("Templates", "Business templates") })
        {
            await links.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Assertions.Expect(page.GetByTestId("consultant-refusal")).ToHaveCountAsync(0);
        }

        await page.Context.CloseAsync();
    }
}
