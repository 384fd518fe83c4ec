using System.Net;
using System.Text.Json;
using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Storage.Values;
using ErpCode.OData.Tests.Support;

namespace ErpCode.OData.Tests.Writes;

public sealed class WriteTests
{
    [Fact]
    public async Task Post_with_children_inline_creates_the_document_and_answers_201_with_Location_and_ETag()
    {
        await using var site = await ODataTestSite.StartAsync();
        using var person = await site.SendJsonAsync(HttpMethod.Post, "/odata/Persons", """{"Name":"Ada"}""");
        var customer = (await site.JsonAsync(person, HttpStatusCode.Created)).GetProperty("Id").GetString();

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/SaleOrders", $$"""
            {"Customer":"{{customer}}","OrderDate":"2026-03-01","Discount":{"Amount":5.25,"Currency":"EUR"},
             "Lines":[{"Product":"Chair","Quantity":2,"Price":40},{"Product":"Desk","Quantity":1,"Price":120.5}]}
            """);
        var created = await site.JsonAsync(response, HttpStatusCode.Created);

        var id = created.GetProperty("Id").GetString()!;
        Assert.Equal(new Uri(site.Client.BaseAddress!, $"/odata/SaleOrders('{id}')"), response.Headers.Location);
        Assert.Equal("W/\"1\"", response.Headers.ETag!.ToString());
        Assert.Equal(200.5m, created.GetProperty("Total").GetDecimal());
        Assert.Equal(5.25m, created.GetProperty("Discount").GetProperty("Amount").GetDecimal());
        Assert.Equal("EUR", created.GetProperty("Discount").GetProperty("Currency").GetString());
        var stored = await site.Service<DocumentService>().GetAsync("SaleOrder", id, Caller.System, ODataTestSite.Ct);
        var lines = Assert.IsType<ArrayValue>(stored["Lines"]);
        Assert.Equal(["Chair", "Desk"], lines.Items.Cast<DocumentValue>().Select(l => l["Product"].ToString()));
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_400_with_one_detail_per_property()
    {
        await using var site = await ODataTestSite.StartAsync();

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/Persons", """{"Email":"not an email","Name":""}""");
        var error = (await site.JsonAsync(response, HttpStatusCode.BadRequest)).GetProperty("error");

        Assert.Equal("Documents.ValidationFailed", error.GetProperty("code").GetString());
        var targets = error.GetProperty("details").EnumerateArray().Select(d => d.GetProperty("target").GetString()).ToList();
        Assert.Contains("Name", targets);
        Assert.Contains("Email", targets);
        Assert.All(error.GetProperty("details").EnumerateArray(), d => Assert.False(string.IsNullOrEmpty(d.GetProperty("message").GetString())));
    }

    [Fact]
    public async Task Patch_with_the_current_ETag_changes_the_given_properties_and_a_stale_one_is_412()
    {
        await using var site = await ODataTestSite.StartAsync();
        var order = await site.NewOrderAsync(notes: "first");
        var id = order.GetProperty("Id").GetString();

        using var patched = await site.SendJsonAsync(HttpMethod.Patch, $"/odata/SaleOrders('{id}')", """{"Notes":"second"}""", ifMatch: "W/\"1\"");
        var body = await site.JsonAsync(patched, HttpStatusCode.OK);
        using var stale = await site.SendJsonAsync(HttpMethod.Patch, $"/odata/SaleOrders('{id}')", """{"Notes":"third"}""", ifMatch: "W/\"1\"");
        var error = (await site.JsonAsync(stale, HttpStatusCode.PreconditionFailed)).GetProperty("error");

        Assert.Equal("second", body.GetProperty("Notes").GetString());
        Assert.Equal("2026-03-01", body.GetProperty("OrderDate").GetString());
        Assert.Equal(2, body.GetProperty("Version").GetInt64());
        Assert.Equal("W/\"2\"", patched.Headers.ETag!.ToString());
        Assert.Equal("Storage.ConcurrencyConflict", error.GetProperty("code").GetString());
        Assert.Equal("second", (await site.GetJsonAsync($"/odata/SaleOrders('{id}')")).GetProperty("Notes").GetString());
    }

    [Fact]
    public async Task Patch_without_If_Match_writes_against_the_current_version()
    {
        await using var site = await ODataTestSite.StartAsync();
        var id = (await site.NewOrderAsync()).GetProperty("Id").GetString();
        using (var first = await site.SendJsonAsync(HttpMethod.Patch, $"/odata/SaleOrders('{id}')", """{"Notes":"a"}"""))
        {
            await site.JsonAsync(first, HttpStatusCode.OK);
        }

        using var second = await site.SendJsonAsync(HttpMethod.Patch, $"/odata/SaleOrders('{id}')", """{"Notes":"b"}""");

        Assert.Equal(3, (await site.JsonAsync(second, HttpStatusCode.OK)).GetProperty("Version").GetInt64());
    }

    [Fact]
    public async Task Put_replaces_the_document_and_clears_what_it_does_not_give()
    {
        await using var site = await ODataTestSite.StartAsync();
        var order = await site.NewOrderAsync(lines: 2, notes: "keep me?");
        var id = order.GetProperty("Id").GetString();

        using var response = await site.SendJsonAsync(HttpMethod.Put, $"/odata/SaleOrders('{id}')", $$"""{"Customer":"{{order.GetProperty("Customer").GetString()}}","Lines":[{"Product":"Only","Quantity":1,"Price":2}]}""", ifMatch: "*");
        var replaced = await site.JsonAsync(response, HttpStatusCode.OK);

        Assert.Equal(JsonValueKind.Null, replaced.GetProperty("Notes").ValueKind);
        Assert.Equal(JsonValueKind.Null, replaced.GetProperty("OrderDate").ValueKind);
        Assert.Equal(2m, replaced.GetProperty("Total").GetDecimal());
    }

    [Fact]
    public async Task Delete_honours_If_Match_and_then_the_document_is_gone()
    {
        await using var site = await ODataTestSite.StartAsync();
        var id = (await site.NewOrderAsync()).GetProperty("Id").GetString();

        using var stale = await site.SendJsonAsync(HttpMethod.Delete, $"/odata/SaleOrders('{id}')", null, ifMatch: "W/\"7\"");
        using var deleted = await site.SendJsonAsync(HttpMethod.Delete, $"/odata/SaleOrders('{id}')", null, ifMatch: "W/\"1\"");
        using var after = await site.GetAsync($"/odata/SaleOrders('{id}')");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Deleting_a_document_another_one_refers_to_is_409()
    {
        await using var site = await ODataTestSite.StartAsync();
        var customer = (await site.NewOrderAsync()).GetProperty("Customer").GetString();

        using var response = await site.SendJsonAsync(HttpMethod.Delete, $"/odata/Persons('{customer}')", null);
        var error = (await site.JsonAsync(response, HttpStatusCode.Conflict)).GetProperty("error");

        Assert.Equal("Documents.InUse", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Prefer_return_minimal_answers_204_with_the_new_ETag()
    {
        await using var site = await ODataTestSite.StartAsync();
        var id = (await site.NewOrderAsync()).GetProperty("Id").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/odata/SaleOrders('{id}')") { Content = new StringContent("""{"Notes":"x"}""", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Prefer", "return=minimal");

        using var response = await site.Client.SendAsync(request, ODataTestSite.Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("W/\"2\"", response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task A_user_without_the_Add_permission_gets_403_and_one_who_may_not_view_gets_404()
    {
        await using var site = await ODataTestSite.StartAsync();
        var id = (await site.NewOrderAsync()).GetProperty("Id").GetString();
        using var nobody = await site.ClientForAsync("nobody");

        using var post = await site.SendJsonAsync(HttpMethod.Post, "/odata/Persons", """{"Name":"Eve"}""", client: nobody);
        using var get = await nobody.GetAsync($"/odata/SaleOrders('{id}')", ODataTestSite.Ct);
        using var list = await nobody.GetAsync("/odata/SaleOrders?$count=true", ODataTestSite.Ct);

        Assert.Equal("Security.PermissionDenied", (await site.JsonAsync(post, HttpStatusCode.Forbidden)).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(0, (await site.JsonAsync(list, HttpStatusCode.OK)).GetProperty("@odata.count").GetInt64());
    }
}
