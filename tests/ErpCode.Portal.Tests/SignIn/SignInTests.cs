using ErpCode.Portal.Tests.Support;
using Microsoft.Playwright;

namespace ErpCode.Portal.Tests.SignIn;

public sealed class SignInTests(PortalSite site)
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_form_and_returns_to_the_page_asked_for_after_signing_in()
    {
        var page = await site.SignInAsync("sam", "/not-found");
        Assert.EndsWith("/not-found", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("sam", await page.GetByTestId("signed-in-user").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_on_the_login_form_and_no_portal_page()
    {
        Assert.SkipWhen(site.SkipReason is not null, site.SkipReason ?? string.Empty);
        var context = await site.Browser!.NewContextAsync(new() { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/auth/login");
        await PortalSite.ScreenshotAsync(page, "login");
        await page.GetByLabel("User name").FillAsync("sam");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        Assert.Contains("/auth/login", page.Url, StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var page = await site.SignInAsync("otto");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/auth/login", StringComparison.Ordinal));
        await page.GotoAsync("/");
        Assert.Contains("/auth/login", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
