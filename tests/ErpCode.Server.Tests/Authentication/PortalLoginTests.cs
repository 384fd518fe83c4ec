using System.Net;

namespace ErpCode.Server.Tests.Authentication;

public sealed class PortalLoginTests
{
    [Fact]
    public async Task Login_sets_the_session_cookie_and_redirects_and_logout_ends_the_session()
    {
        await using var server = AuthTestClient.Server();
        using var client = server.Raw();

        using var login = await client.LoginAsync("admin", AuthTestClient.AdminPassword, "/auth/me");
        var cookie = login.SessionCookie();
        using var me = await client.GetAsync("/auth/me", null, cookie);
        using var logout = await client.PostAsync("/auth/logout", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/auth/me", login.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("admin", (await AuthTestClient.JsonAsync(me)).GetProperty("userName").GetString());
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Contains(logout.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ErpCode.Session=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_never_redirects_to_another_site()
    {
        await using var server = AuthTestClient.Server();
        using var client = server.Raw();

        using var login = await client.LoginAsync("admin", AuthTestClient.AdminPassword, "https://evil.example/");

        Assert.Equal("/", login.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_with_a_wrong_password_goes_back_to_the_form_without_a_cookie()
    {
        await using var server = AuthTestClient.Server();
        using var client = server.Raw();

        using var login = await client.LoginAsync("admin", "wrong-password", "/auth/me");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/auth/login?failed=1", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(login.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_tampered_session_cookie_is_simply_unauthenticated()
    {
        await using var server = AuthTestClient.Server();
        using var client = server.Raw();
        using var login = await client.LoginAsync("admin", AuthTestClient.AdminPassword, "/");
        var cookie = login.SessionCookie();
        var i = cookie.Length - 5;
        var tampered = cookie[..i] + (cookie[i] == 'A' ? 'B' : 'A') + cookie[(i + 1)..];

        using var response = await client.GetAsync("/auth/me", null, tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
