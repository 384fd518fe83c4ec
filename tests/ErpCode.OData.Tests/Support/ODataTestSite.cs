using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Users;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.OData.Tests.Support;

/// <summary>A running server with the sales site installed, and a client signed in as the admin (a Manager).</summary>
internal sealed class ODataTestSite : IAsyncDisposable
{
    private ODataTestSite(ODataServerFactory server, HttpClient client)
    {
        Server = server;
        Client = client;
    }

    public ODataServerFactory Server { get; }

    public HttpClient Client { get; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ODataTestSite> StartAsync(IDictionary<string, string?>? settings = null, bool install = true)
    {
        var server = new ODataServerFactory(settings);
        Uri address;
        using (var plain = server.CreateClient())
        {
            address = plain.BaseAddress!;
        }

        // The component runtime creates the site's collections in the background at start; installing may come first.
        await SiteCollections.EnsureAsync(server.Services.GetRequiredService<IDocumentStore>(), Ct);
        if (install)
        {
            await SalesDefinitions.InstallAsync(server.Services.GetRequiredService<DefinitionService>());
        }

        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = Basic("admin", ODataServerFactory.AdminPassword);
        return new ODataTestSite(server, client);
    }

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public T Service<T>()
        where T : notnull => Server.Services.GetRequiredService<T>();

    /// <summary>A client signed in as a new user with <paramref name="roles"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string user, params string[] roles)
    {
        const string Password = "a-long-test-password-1";
        await Service<UserService>().CreateAsync(new NewUser(user, Password) { Roles = [.. roles] }, Caller.System, Ct);
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = Basic(user, Password);
        return client;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path, Ct);

    public Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string path, string? json, string? ifMatch = null, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return (client ?? Client).SendAsync(request, Ct);
    }

    public async Task<JsonElement> JsonAsync(HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await GetAsync(path);
        return await JsonAsync(response, System.Net.HttpStatusCode.OK);
    }

    /// <summary>Creates a person and an order with <paramref name="lines"/> lines through the API; returns the order.</summary>
    public async Task<JsonElement> NewOrderAsync(string customerName = "Ada", int lines = 1, string? notes = null)
    {
        using var person = await SendJsonAsync(HttpMethod.Post, "/odata/Persons", JsonSerializer.Serialize(new { Name = customerName }));
        var customer = (await JsonAsync(person, System.Net.HttpStatusCode.Created)).GetProperty("Id").GetString();
        var body = JsonSerializer.Serialize(new
        {
            Customer = customer,
            OrderDate = "2026-03-01",
            Notes = notes,
            Lines = Enumerable.Range(1, lines).Select(i => new { Product = $"P{i}", Quantity = i, Price = 10.5m }).ToArray(),
        });
        using var order = await SendJsonAsync(HttpMethod.Post, "/odata/SaleOrders", body);
        return await JsonAsync(order, System.Net.HttpStatusCode.Created);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
