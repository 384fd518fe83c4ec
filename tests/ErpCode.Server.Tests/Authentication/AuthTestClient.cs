using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ErpCode.Server.Tests.Authentication;

/// <summary>Helpers for authentication tests: a server with a known admin password and clients that send each kind of credential.</summary>
internal static class AuthTestClient
{
    public const string AdminPassword = "admin-test-password";

    public static ErpCodeServerFactory Server(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Site:AdminPassword"] = AdminPassword };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new ErpCodeServerFactory(all);
    }

    /// <summary>A client that neither follows redirects nor keeps cookies, so each test sees exactly what the server answers.</summary>
    public static HttpClient Raw(this ErpCodeServerFactory server)
    {
        // The factory's own clients follow redirects whatever their options say on Kestrel; this one answers exactly.
        Uri address;
        using (var plain = server.CreateClient())
        {
            address = plain.BaseAddress!;
        }

        return new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
    }

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public static async Task<HttpResponseMessage> GetAsync(this HttpClient client, string path, AuthenticationHeaderValue? authorization, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = authorization;
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> RequestTokenAsync(this HttpClient client, string user, string password) =>
        client.PostAsJsonAsync("/auth/token", new { userName = user, password }, TestContext.Current.CancellationToken);

    public static async Task<string> TokenAsync(this HttpClient client, string user = "admin", string password = AdminPassword)
    {
        using var response = await client.RequestTokenAsync(user, password);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await JsonAsync(response)).GetProperty("token").GetString()!;
    }

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string user, string password, string returnUrl) =>
        client.PostAsync(
            "/auth/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = user, ["password"] = password, ["returnUrl"] = returnUrl }),
            TestContext.Current.CancellationToken);

    /// <summary>The session cookie a response sets, as a request's Cookie header value.</summary>
    public static string SessionCookie(this HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("ErpCode.Session=", StringComparison.Ordinal));

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return document.RootElement.Clone();
    }
}
