using System.Net;
using System.Text;
using System.Text.Json;
using ErpCode.Core.Security;
using ErpCode.Core.Tests.Security.Permissions;
using ErpCode.OData.Tests.Support;

namespace ErpCode.OData.Tests.Security;

/// <summary>
/// The permission matrix through the OData API: each user signs in with HTTP Basic, and the answer is read from the
/// status (2xx allowed, 403 or 409 refused, 404 not found for a document the user may not view).
/// </summary>
internal sealed class ODataMatrixDriver(MatrixServer server) : IMatrixDriver
{
    public async Task<Outcome> CreateAsync(Caller caller, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(caller, HttpMethod.Post, "/odata/Expenses", """{ "Amount": 12.5, "Reason": "Taxi" }""", cancellationToken);
        return await OutcomeOfAsync(response, cancellationToken);
    }

    public async Task<Outcome> ViewAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        using var read = await SendAsync(caller, HttpMethod.Get, $"/odata/Expenses('{id}')", null, cancellationToken);
        using var query = await SendAsync(caller, HttpMethod.Get, $"/odata/Expenses?$filter=Id eq '{id}'&$count=true", null, cancellationToken);
        var outcome = await OutcomeOfAsync(read, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        using var page = JsonDocument.Parse(await query.Content.ReadAsStringAsync(cancellationToken));
        var counted = page.RootElement.GetProperty("@odata.count").GetInt64();
        var listed = page.RootElement.GetProperty("value").GetArrayLength();
        Assert.True((outcome == Outcome.Allowed ? 1 : 0) == counted && counted == listed, $"{caller.Name} on {id}: read {outcome}, count {counted}, listed {listed}");
        return outcome;
    }

    public async Task<Outcome> ModifyAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(caller, HttpMethod.Patch, $"/odata/Expenses('{id}')", $$"""{ "Reason": "Changed by {{caller.Name}}" }""", cancellationToken);
        return await OutcomeOfAsync(response, cancellationToken);
    }

    public async Task<Outcome> DeleteAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(caller, HttpMethod.Delete, $"/odata/Expenses('{id}')", null, cancellationToken);
        return await OutcomeOfAsync(response, cancellationToken);
    }

    public async Task<Outcome> FireAsync(string id, string transition, Caller caller, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(caller, HttpMethod.Post, $"/odata/Expenses('{id}')/ErpCode.{transition}", "{}", cancellationToken);
        return await OutcomeOfAsync(response, cancellationToken);
    }

    private Task<HttpResponseMessage> SendAsync(Caller caller, HttpMethod method, string path, string? json, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = ODataTestSite.Basic(caller.Name, MatrixServer.Password);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return server.Site.Client.SendAsync(request, cancellationToken);
    }

    private static async Task<Outcome> OutcomeOfAsync(HttpResponseMessage response, CancellationToken cancellationToken) => response.StatusCode switch
    {
        >= HttpStatusCode.OK and < HttpStatusCode.Ambiguous => Outcome.Allowed,
        HttpStatusCode.NotFound => Outcome.NotFound,
        HttpStatusCode.Forbidden or HttpStatusCode.Conflict => Outcome.Denied,
        _ => throw new InvalidOperationException($"Unexpected {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}"),
    };
}
