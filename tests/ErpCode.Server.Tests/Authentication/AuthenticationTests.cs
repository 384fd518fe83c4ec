using System.Net;
using System.Net.Http.Headers;

namespace ErpCode.Server.Tests.Authentication;

public sealed class AuthenticationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_request_without_credentials_gets_401_naming_Basic_and_Bearer_with_an_OData_error()
    {
        await using var server = AuthTestClient.Server();
        using var client = server.Raw();

        using var response = await client.GetAsync("/auth/me", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenges = response.Headers.WwwAuthenticate.Select(h => h.Scheme).ToList();
        Assert.Contains("Basic", challenges);
        Assert.Contains("Bearer", challenges);
        var error = (await AuthTestClient.JsonAsync(response)).GetProperty("error");
        Assert.Equal("Security.AuthenticationFailed", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Health_stays_anonymous()
    {
        await using var server = AuthTestClient.Server();
        using var client = server.Raw();

        using var response = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_page_request_without_a_session_is_sent_to_the_login_page()
    {
        await using var server = AuthTestClient.Server();
        using var client = server.Raw();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/some/page");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/auth/login?returnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Basic_with_the_right_password_is_the_user_and_with_a_wrong_one_401()
    {
        await using var server = AuthTestClient.Server();
        using var client = server.Raw();

        using var ok = await client.GetAsync("/auth/me", AuthTestClient.Basic("admin", AuthTestClient.AdminPassword));
        using var wrong = await client.GetAsync("/auth/me", AuthTestClient.Basic("admin", "not-the-password"));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var me = await AuthTestClient.JsonAsync(ok);
        Assert.Equal("admin", me.GetProperty("userName").GetString());
        Assert.Equal("Administrator", me.GetProperty("displayName").GetString());
        Assert.Equal(["Manager"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Basic", wrong.Headers.WwwAuthenticate.Select(h => h.Scheme));
    }

    [Fact]
    public async Task A_token_from_auth_token_authenticates_Bearer_requests()
    {
        await using var server = AuthTestClient.Server();
        using var client = server.Raw();

        using var issued = await client.RequestTokenAsync("admin", AuthTestClient.AdminPassword);
        var body = await AuthTestClient.JsonAsync(issued);
        var token = body.GetProperty("token").GetString()!;
        using var me = await client.GetAsync("/auth/me", new AuthenticationHeaderValue("Bearer", token));

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.StartsWith("erp_", token, StringComparison.Ordinal);
        Assert.True(body.GetProperty("expiresAt").GetDateTime() > DateTime.UtcNow.AddHours(7));
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("admin", (await AuthTestClient.JsonAsync(me)).GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Auth_token_with_wrong_credentials_answers_401_with_the_OData_error_body()
    {
        await using var server = AuthTestClient.Server();
        using var client = server.Raw();

        using var response = await client.RequestTokenAsync("admin", "wrong-password");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = (await AuthTestClient.JsonAsync(response)).GetProperty("error");
        Assert.Equal("Security.AuthenticationFailed", error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        await using var server = AuthTestClient.Server(new Dictionary<string, string?> { ["Security:TokenLifetime"] = "00:00:01" });
        using var client = server.Raw();
        var token = await client.TokenAsync();

        await Task.Delay(TimeSpan.FromMilliseconds(1500), Ct);
        using var response = await client.GetAsync("/auth/me", new AuthenticationHeaderValue("Bearer", token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer" && h.Parameter!.Contains("invalid_token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_revoked_token_is_refused()
    {
        await using var server = AuthTestClient.Server();
        using var client = server.Raw();
        var token = await client.TokenAsync();
        var tokens = (Core.Security.Tokens.ApiTokenService)server.Services.GetService(typeof(Core.Security.Tokens.ApiTokenService))!;
        var id = token["erp_".Length..token.IndexOf('.', StringComparison.Ordinal)];

        await tokens.RevokeAsync(id, new Core.Security.Caller("admin", ["Manager"]), cancellationToken: Ct);
        using var response = await client.GetAsync("/auth/me", new AuthenticationHeaderValue("Bearer", token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_endpoints_answer_429_past_the_rate_limit()
    {
        await using var server = AuthTestClient.Server(new Dictionary<string, string?> { ["Security:RateLimit:PermitPerMinute"] = "2" });
        using var client = server.Raw();

        using var first = await client.RequestTokenAsync("admin", "wrong-password");
        using var second = await client.RequestTokenAsync("admin", "wrong-password");
        using var third = await client.RequestTokenAsync("admin", AuthTestClient.AdminPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("Security.TooManyRequests", (await AuthTestClient.JsonAsync(third)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_login_form_past_the_rate_limit_shows_the_form_again_with_the_reason()
    {
        await using var server = AuthTestClient.Server(new Dictionary<string, string?> { ["Security:RateLimit:PermitPerMinute"] = "1" });
        using var client = server.Raw();
        using var firstForm = Form();
        using var secondForm = Form();

        using var first = await client.PostAsync("/auth/login", firstForm, TestContext.Current.CancellationToken);
        using var second = await client.PostAsync("/auth/login", secondForm, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("text/html", second.Content.Headers.ContentType?.MediaType);
        var page = await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Too many sign-in attempts from this address", page, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"/auth/login\">", page, StringComparison.Ordinal);

        static FormUrlEncodedContent Form() =>
            new(new Dictionary<string, string> { ["userName"] = "admin", ["password"] = "wrong-password", ["returnUrl"] = "/" });
    }
}
