using System.Net;
using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.OData.Tests.Support;

namespace ErpCode.OData.Tests.Actions;

public sealed class TransitionActionTests
{
    [Fact]
    public async Task A_transition_fires_as_a_bound_action_with_its_comment_and_returns_the_document_after_it()
    {
        await using var site = await ODataTestSite.StartAsync();
        var id = (await site.NewOrderAsync()).GetProperty("Id").GetString()!;

        using var response = await site.SendJsonAsync(HttpMethod.Post, $"/odata/SaleOrders('{id}')/ErpCode.Confirm", """{"Comment":"checked by phone"}""");
        var confirmed = await site.JsonAsync(response, HttpStatusCode.OK);

        Assert.Equal("confirmed", confirmed.GetProperty("OrderState").GetString());
        Assert.Equal(2, confirmed.GetProperty("Version").GetInt64());
        Assert.Equal("W/\"2\"", response.Headers.ETag!.ToString());
        var history = await site.Service<DocumentService>().HistoryAsync("SaleOrder", id, Caller.System, ODataTestSite.Ct);
        Assert.Equal("checked by phone", history[^1].Transition!.Comment);
    }

    [Fact]
    public async Task A_transition_without_a_body_fires_too()
    {
        await using var site = await ODataTestSite.StartAsync();
        var id = (await site.NewOrderAsync()).GetProperty("Id").GetString();

        using var response = await site.SendJsonAsync(HttpMethod.Post, $"/odata/SaleOrders('{id}')/ErpCode.Cancel", null);

        Assert.Equal("cancelled", (await site.JsonAsync(response, HttpStatusCode.OK)).GetProperty("OrderState").GetString());
    }

    [Fact]
    public async Task A_transition_the_state_does_not_offer_is_409_and_a_stale_If_Match_is_412()
    {
        await using var site = await ODataTestSite.StartAsync();
        var id = (await site.NewOrderAsync()).GetProperty("Id").GetString();
        using (var first = await site.SendJsonAsync(HttpMethod.Post, $"/odata/SaleOrders('{id}')/ErpCode.Confirm", null))
        {
            await site.JsonAsync(first, HttpStatusCode.OK);
        }

        using var again = await site.SendJsonAsync(HttpMethod.Post, $"/odata/SaleOrders('{id}')/ErpCode.Confirm", null);
        using var stale = await site.SendJsonAsync(HttpMethod.Post, $"/odata/SaleOrders('{id}')/ErpCode.Cancel", null, ifMatch: "W/\"1\"");

        Assert.Equal("Workflows.TransitionNotAvailable", (await site.JsonAsync(again, HttpStatusCode.Conflict)).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task A_guard_the_caller_does_not_pass_refuses_the_transition_and_leaves_the_document_as_it_was()
    {
        await using var site = await ODataTestSite.StartAsync();
        var id = (await site.NewOrderAsync()).GetProperty("Id").GetString();

        using var response = await site.SendJsonAsync(HttpMethod.Post, $"/odata/SaleOrders('{id}')/ErpCode.Approve", null);
        var error = (await site.JsonAsync(response, HttpStatusCode.Conflict)).GetProperty("error");

        Assert.Equal("Workflows.TransitionRefused", error.GetProperty("code").GetString());
        Assert.Contains("Approve", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("draft", (await site.GetJsonAsync($"/odata/SaleOrders('{id}')")).GetProperty("OrderState").GetString());
    }

    [Fact]
    public async Task An_unknown_action_is_404_and_a_body_with_an_unknown_parameter_is_400()
    {
        await using var site = await ODataTestSite.StartAsync();
        var id = (await site.NewOrderAsync()).GetProperty("Id").GetString();

        using var unknown = await site.SendJsonAsync(HttpMethod.Post, $"/odata/SaleOrders('{id}')/ErpCode.Explode", null);
        using var bad = await site.SendJsonAsync(HttpMethod.Post, $"/odata/SaleOrders('{id}')/ErpCode.Confirm", """{"Reason":"x"}""");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("OData.InvalidPayload", (await site.JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("error").GetProperty("code").GetString());
    }
}
