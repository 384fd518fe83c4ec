using System.Net;
using System.Text;
using System.Text.Json;
using ErpCode.OData.Tests.Support;

namespace ErpCode.OData.Tests.Errors;

/// <summary>Every bad request gets a 4xx with a valid OData error body naming what is wrong, never a 500 or a stack trace.</summary>
public sealed class BadInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/odata/Persons?$filter=Name eq", 400, "$filter", "")]
    [InlineData("/odata/Persons?$filter=Nope eq 'x'", 400, "$filter", "Nope")]
    [InlineData("/odata/Persons?$filter=Rank eq 'text'", 400, "$filter", "")]
    [InlineData("/odata/Persons?$filter=length(Name) gt 2", 400, "$filter", "length()")]
    [InlineData("/odata/Persons?$filter=Rank add 1 gt 2", 400, "$filter", "'add'")]
    [InlineData("/odata/Persons?$filter=Rank eq Rank", 400, "$filter", "literal")]
    [InlineData("/odata/Persons?$filter=tolower(Name) eq 'ada'", 400, "$filter", "tolower()")]
    [InlineData("/odata/Persons?$orderby=Nope", 400, "$orderby", "Nope")]
    [InlineData("/odata/Persons?$orderby=length(Name)", 400, "$orderby", "")]
    [InlineData("/odata/Persons?$select=Nope", 400, "$select", "Nope")]
    [InlineData("/odata/Persons?$top=-1", 400, "$top", "")]
    [InlineData("/odata/Persons?$top=abc", 400, "$top", "")]
    [InlineData("/odata/Persons?$skip=-5", 400, "$skip", "")]
    [InlineData("/odata/Persons?$skip=20000", 400, "$skip", "OData:MaxSkip")]
    [InlineData("/odata/Persons?$count=maybe", 400, "$count", "")]
    [InlineData("/odata/Persons?$skiptoken=not-a-token", 400, "$skiptoken", "")]
    [InlineData("/odata/Persons?$expand=Nope", 400, "$expand", "Nope")]
    [InlineData("/odata/SaleOrders?$expand=Lines($expand=Nope)", 400, "$expand", "Nope")]
    [InlineData("/odata/SaleOrders?$expand=CustomerDocument($count=true)", 400, "$expand", "$count")]
    [InlineData("/odata/SaleOrders?$expand=Lines($filter=length(Product) gt 1)", 400, "$filter", "length()")]
    [InlineData("/odata/Persons?$search=(ada", 400, "$search", "")]
    [InlineData("/odata/Persons?$search=", 400, "$search", "")]
    [InlineData("/odata/Persons?$search=a b c d e f g h i", 400, "$search", "at most 8 terms")]
    [InlineData("/odata/Persons('P-0001')?$search=ada", 400, "$search", "collections")]
    [InlineData("/odata/SaleOrders?$expand=Lines($search=x)", 400, "$expand", "$search")]
    [InlineData("/odata/Persons?$foo=1", 400, "$foo", "")]
    [InlineData("/odata/Persons?$top=1&$top=2", 400, "$top", "more than once")]
    [InlineData("/odata/Nowhere", 404, null, "Nowhere")]
    [InlineData("/odata/Persons('P-9999')", 404, null, "P-9999")]
    [InlineData("/odata/Persons('P-0001')/Name", 501, null, "not supported yet")]
    [InlineData("/odata/$batch", 405, "Allow", "POST")]
    public async Task A_bad_query_is_refused_with_an_OData_error_naming_the_option(string path, int status, string? target, string mentioned)
    {
        await using var site = await ODataTestSite.StartAsync();

        using var response = await site.GetAsync(path);

        var error = await ErrorAsync(response, status);
        Assert.Equal(target, error.TryGetProperty("target", out var t) ? t.GetString() : null);
        Assert.Contains(mentioned, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_nested_thousands_of_levels_deep_is_400()
    {
        await using var site = await ODataTestSite.StartAsync();
        var filter = new string('(', 3000) + "Name eq 'a'" + new string(')', 3000);

        using var response = await site.GetAsync("/odata/Persons?$filter=" + filter);

        await ErrorAsync(response, 400);
    }

    [Fact]
    public async Task A_quote_in_a_string_literal_stays_inside_the_literal()
    {
        await using var site = await ODataTestSite.StartAsync();
        await Queries.ReadTests.PeopleAsync(site);

        var result = await site.GetJsonAsync("/odata/Persons?$filter=" + Uri.EscapeDataString("Name eq 'x'' or Name ne ''x'"));

        Assert.Equal(0, result.GetProperty("value").GetArrayLength());
    }

    [Theory]
    [InlineData("POST", "/odata/Persons", "{\"Name\":", "application/json", 400, "")]
    [InlineData("POST", "/odata/Persons", "{\"Name\":\"A\",\"Nope\":1}", "application/json", 400, "Nope")]
    [InlineData("POST", "/odata/Persons", "{\"Name\":\"A\",\"Rank\":\"high\"}", "application/json", 400, "")]
    [InlineData("POST", "/odata/Persons", "{\"Name\":\"A\",\"Version\":\"x\",\"CreatedAt\":3}", "application/json", 400, "")]
    [InlineData("POST", "/odata/Persons", "[1,2,3]", "application/json", 400, "")]
    [InlineData("POST", "/odata/Persons", "Name=A", "text/plain", 415, "application/json")]
    [InlineData("POST", "/odata/Persons", "", "application/json", 400, "JSON body")]
    [InlineData("PATCH", "/odata/Persons", "{}", "application/json", 405, "PATCH")]
    [InlineData("DELETE", "/odata/$metadata", null, null, 405, "DELETE")]
    [InlineData("POST", "/odata/SaleOrders", "{\"Customer\":\"P-1\",\"CustomerDocument@odata.bind\":\"Persons('P-1')\"}", "application/json", 400, "")]
    public async Task A_bad_body_or_method_is_refused_with_an_OData_error(string method, string path, string? body, string? contentType, int status, string mentioned)
    {
        await using var site = await ODataTestSite.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, contentType!);
        }

        using var response = await site.Client.SendAsync(request, Ct);

        var error = await ErrorAsync(response, status);
        Assert.Contains(mentioned, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        await using var site = await ODataTestSite.StartAsync(new Dictionary<string, string?> { ["OData:MaxRequestBodyBytes"] = "2048" });

        using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/Persons", JsonSerializer.Serialize(new { Name = new string('x', 5000) }));

        await ErrorAsync(response, 413);
    }

    [Fact]
    public async Task A_malformed_If_Match_is_400_naming_the_header()
    {
        await using var site = await ODataTestSite.StartAsync();
        var id = (await site.NewOrderAsync()).GetProperty("Id").GetString();

        using var response = await site.SendJsonAsync(HttpMethod.Patch, $"/odata/SaleOrders('{id}')", """{"Notes":"x"}""", ifMatch: "garbage");

        Assert.Equal("If-Match", (await ErrorAsync(response, 400)).GetProperty("target").GetString());
    }

    [Fact]
    public async Task Asking_for_a_format_the_API_does_not_give_is_406()
    {
        await using var site = await ODataTestSite.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/odata/Persons");
        request.Headers.Add("Accept", "text/csv");

        using var response = await site.Client.SendAsync(request, Ct);

        await ErrorAsync(response, 406);
    }

    [Fact]
    public async Task A_request_without_credentials_is_401_with_an_OData_error()
    {
        await using var site = await ODataTestSite.StartAsync(install: false);
        using var anonymous = new HttpClient { BaseAddress = site.Client.BaseAddress };

        using var response = await anonymous.GetAsync("/odata/$metadata", Ct);

        await ErrorAsync(response, 401);
    }

    private static async Task<JsonElement> ErrorAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {text}");
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(text);
        var error = document.RootElement.GetProperty("error").Clone();
        Assert.False(string.IsNullOrEmpty(error.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        return error;
    }
}
