using System.Net;
using System.Text.Json;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Types;
using ErpCode.OData.Tests.Support;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Tests.Queries;

public sealed class ExpandTests
{
    private static CancellationToken Ct => ODataTestSite.Ct;

    [Fact]
    public async Task Expanding_the_lines_nests_the_contained_children_with_their_own_select_filter_orderby_and_top()
    {
        await using var site = await ODataTestSite.StartAsync();
        var id = (await site.NewOrderAsync(lines: 4)).GetProperty("Id").GetString();

        var order = await site.GetJsonAsync($"/odata/SaleOrders('{id}')?$select=Id&$expand=Lines($select=Product,Quantity;$filter=Quantity ge 2;$orderby=Quantity desc;$top=2)");

        var lines = order.GetProperty("Lines").EnumerateArray().ToList();
        Assert.Equal(["P4", "P3"], lines.Select(l => l.GetProperty("Product").GetString()));
        Assert.False(lines[0].TryGetProperty("Price", out _));
        Assert.False(order.TryGetProperty("Notes", out _));
    }

    [Fact]
    public async Task Count_inside_expand_gives_the_size_of_the_filtered_list_before_top_and_a_strict_client_reads_it()
    {
        await using var site = await ODataTestSite.StartAsync();
        var id = (await site.NewOrderAsync(lines: 4)).GetProperty("Id").GetString();
        var model = await ODataClientReader.MetadataAsync(site);

        using var response = await site.GetAsync($"/odata/SaleOrders?$filter=Id eq '{id}'&$expand=Lines($count=true;$filter=Quantity ge 2;$orderby=Quantity;$top=1)");
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = JsonDocument.Parse(text).RootElement.GetProperty("value")[0];
        Assert.Equal(3, order.GetProperty("Lines@odata.count").GetInt64());
        Assert.Equal(["P2"], order.GetProperty("Lines").EnumerateArray().Select(l => l.GetProperty("Product").GetString()));
        Assert.Equal(3, ReadNestedCount(model, response, text, "Lines"));
    }

    [Fact]
    public async Task Expanding_a_reference_reads_every_target_of_the_page_and_a_strict_client_reads_the_answer()
    {
        await using var site = await ODataTestSite.StartAsync();
        await site.NewOrderAsync("Ada");
        await site.NewOrderAsync("Bob");
        await site.NewOrderAsync("Cy");
        var model = await ODataClientReader.MetadataAsync(site);

        using var response = await site.GetAsync("/odata/SaleOrders?$orderby=Id&$expand=CustomerDocument($select=Name),Lines");
        var text = await response.Content.ReadAsStringAsync(Ct);
        var names = await ReadCustomerNamesAsync(model, response, text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Ada", "Bob", "Cy"], names);
        using var json = JsonDocument.Parse(text);
        Assert.All(json.RootElement.GetProperty("value").EnumerateArray(), o => Assert.Equal(1, o.GetProperty("Lines").GetArrayLength()));
    }

    [Fact]
    public async Task A_reference_the_caller_may_not_view_is_null_never_leaked()
    {
        await using var site = await ODataTestSite.StartAsync();
        var order = await site.NewOrderAsync("Secret");
        await site.Service<DefinitionService>().SaveAsync(SalesDefinitions.Person with { Permissions = [new PermissionGrant { Permission = SitePermissions.View, Roles = ["Manager"] }] }, Caller.System, Ct);
        using var auditor = await site.ClientForAsync("dave", "Auditor");

        using var response = await auditor.GetAsync($"/odata/SaleOrders('{order.GetProperty("Id").GetString()}')?$expand=CustomerDocument", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Secret", text, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(text).RootElement.GetProperty("CustomerDocument").ValueKind);
    }

    [Fact]
    public async Task Nested_expansions_follow_references_of_children_and_a_tree_deeper_than_the_limit_is_400_naming_it()
    {
        await using var site = await ODataTestSite.StartAsync(new Dictionary<string, string?> { ["OData:MaxExpandDepth"] = "1" });
        await site.NewOrderAsync();

        using var deep = await site.GetAsync("/odata/SaleOrders?$expand=Lines($expand=Nope($expand=Deeper))");
        var error = (await site.JsonAsync(deep, HttpStatusCode.BadRequest)).GetProperty("error");

        Assert.Equal("$expand", error.GetProperty("target").GetString());
        Assert.Contains("OData:MaxExpandDepth", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<List<string?>> ReadCustomerNamesAsync(IEdmModel model, HttpResponseMessage response, string text)
    {
        var set = model.EntityContainer.FindEntitySet("SaleOrders");
        var message = new ResponseMessage(text, response.Content.Headers.ContentType!.ToString());
        using var messageReader = new ODataMessageReader((IODataResponseMessage)message, new ODataMessageReaderSettings(), model);
        var reader = messageReader.CreateODataResourceSetReader(set, set.EntityType);
        var names = new List<string?>();
        var nested = new Stack<string>();
        while (reader.Read())
        {
            if (reader.State == ODataReaderState.NestedResourceInfoStart)
            {
                nested.Push(((ODataNestedResourceInfo)reader.Item).Name);
            }
            else if (reader.State == ODataReaderState.NestedResourceInfoEnd)
            {
                nested.Pop();
            }
            else if (reader.State == ODataReaderState.ResourceEnd && nested.TryPeek(out var name) && name == "CustomerDocument" && reader.Item is ODataResource customer)
            {
                names.Add(customer.Properties.OfType<ODataProperty>().Single(p => p.Name == "Name").Value as string);
            }
        }

        return names;
    }

    private static long? ReadNestedCount(IEdmModel model, HttpResponseMessage response, string text, string navigation)
    {
        var set = model.EntityContainer.FindEntitySet("SaleOrders");
        var message = new ResponseMessage(text, response.Content.Headers.ContentType!.ToString());
        using var messageReader = new ODataMessageReader((IODataResponseMessage)message, new ODataMessageReaderSettings(), model);
        var reader = messageReader.CreateODataResourceSetReader(set, set.EntityType);
        var nested = new Stack<string>();
        long? count = null;
        while (reader.Read())
        {
            if (reader.State == ODataReaderState.NestedResourceInfoStart)
            {
                nested.Push(((ODataNestedResourceInfo)reader.Item).Name);
            }
            else if (reader.State == ODataReaderState.NestedResourceInfoEnd)
            {
                nested.Pop();
            }
            else if (reader.State == ODataReaderState.ResourceSetEnd && nested.TryPeek(out var name) && name == navigation)
            {
                count = ((ODataResourceSet)reader.Item).Count;
            }
        }

        return count;
    }

    private sealed class ResponseMessage(string body, string contentType) : IODataResponseMessage
    {
        public IEnumerable<KeyValuePair<string, string>> Headers => [new("Content-Type", contentType)];

        public int StatusCode { get; set; } = 200;

        public string? GetHeader(string headerName) => headerName.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) ? contentType : null;

        public void SetHeader(string headerName, string headerValue)
        {
        }

        public Stream GetStream() => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
    }
}
