using System.Net;
using System.Text.Json;
using ErpCode.OData.Tests.Support;

namespace ErpCode.OData.Tests.Queries;

public sealed class ReadTests
{
    [Fact]
    public async Task Get_by_key_returns_the_entity_with_its_ETag_in_the_body_and_the_header()
    {
        await using var site = await ODataTestSite.StartAsync();
        var order = await site.NewOrderAsync(lines: 2);
        var id = order.GetProperty("Id").GetString();
        var model = await ODataClientReader.MetadataAsync(site);

        using var response = await site.GetAsync($"/odata/SaleOrders('{id}')");
        var entity = await ODataClientReader.ReadEntityAsync(model, "SaleOrders", response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("W/\"1\"", response.Headers.ETag!.ToString());
        Assert.Equal("W/\"1\"", entity["@odata.etag"]);
        Assert.Equal(id, entity["Id"]);
        Assert.Equal(1L, entity["Version"]);
        Assert.Equal("draft", entity["OrderState"]);
        Assert.Equal(31.5m, entity["Total"]);
        Assert.Equal("admin", entity["Owner"]);
    }

    [Fact]
    public async Task Get_by_an_unknown_key_is_404_with_an_OData_error()
    {
        await using var site = await ODataTestSite.StartAsync();

        using var response = await site.GetAsync("/odata/SaleOrders('SO-99999')");
        var error = (await site.JsonAsync(response, HttpStatusCode.NotFound)).GetProperty("error");

        Assert.Equal("Storage.DocumentNotFound", error.GetProperty("code").GetString());
        Assert.Contains("SO-99999", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_collection_reads_with_the_OData_message_reader_against_metadata()
    {
        await using var site = await ODataTestSite.StartAsync();
        await site.NewOrderAsync("Ada");
        await site.NewOrderAsync("Bob");
        var model = await ODataClientReader.MetadataAsync(site);

        using var response = await site.GetAsync("/odata/SaleOrders");
        var entities = await ODataClientReader.ReadFeedAsync(model, "SaleOrders", response);

        Assert.Equal(2, entities.Count);
        Assert.All(entities, e => Assert.Equal("W/\"1\"", e["@odata.etag"]));
    }

    [Theory]
    [InlineData("Name eq 'Ada'", "Ada")]
    [InlineData("Name ne 'Ada' and Rank gt 2", "Cy")]
    [InlineData("not (Rank le 2) or Name eq 'Ada'", "Ada,Cy")]
    [InlineData("Name in ('Bob','Cy')", "Bob,Cy")]
    [InlineData("contains(tolower(Email),'example')", "Ada,Bob")]
    [InlineData("contains(tolower(Email),'EXAMPLE')", "")]
    [InlineData("startswith(Name,'B') or endswith(Name,'y')", "Bob,Cy")]
    [InlineData("Active eq true", "Ada")]
    [InlineData("Active", "Ada")]
    [InlineData("Email eq null", "Cy")]
    [InlineData("Born ge 1990-01-01T00:00:00Z", "Bob,Cy")]
    [InlineData("Tags/any(t: t eq 'vip')", "Ada,Cy")]
    [InlineData("Tags/any()", "Ada,Cy")]
    [InlineData("Tags/all(t: t eq 'vip')", "Bob,Cy")]
    [InlineData("Id eq 'P-0002'", "Bob")]
    public async Task Filter_is_translated_into_the_store_query(string filter, string expected)
    {
        await using var site = await ODataTestSite.StartAsync();
        await PeopleAsync(site);

        var names = await NamesAsync(site, $"/odata/Persons?$filter={Uri.EscapeDataString(filter)}&$orderby=Name");

        Assert.Equal(expected, string.Join(",", names));
    }

    [Fact]
    public async Task Filter_on_dates_and_on_children_with_any_selects_the_right_orders()
    {
        await using var site = await ODataTestSite.StartAsync();
        var one = (await site.NewOrderAsync("Ada", lines: 1)).GetProperty("Id").GetString();
        var three = (await site.NewOrderAsync("Bob", lines: 3)).GetProperty("Id").GetString();

        var bigLines = await IdsAsync(site, "/odata/SaleOrders?$filter=" + Uri.EscapeDataString("Lines/any(l: l/Quantity ge 3 and l/Product eq 'P3')"));
        var byDate = await IdsAsync(site, "/odata/SaleOrders?$filter=" + Uri.EscapeDataString("OrderDate ge 2026-03-01 and OrderDate lt 2026-03-02"));
        var noneBefore = await IdsAsync(site, "/odata/SaleOrders?$filter=" + Uri.EscapeDataString("OrderDate lt 2026-01-01"));
        var byState = await IdsAsync(site, "/odata/SaleOrders?$filter=" + Uri.EscapeDataString("OrderState eq 'draft' and Total gt 40"));

        Assert.Equal([three], bigLines);
        Assert.Equal([one, three], byDate.Order());
        Assert.Empty(noneBefore);
        Assert.Equal([three], byState);
    }

    [Fact]
    public async Task Orderby_top_and_skip_page_through_the_sorted_result()
    {
        await using var site = await ODataTestSite.StartAsync();
        await PeopleAsync(site);

        var descending = await NamesAsync(site, "/odata/Persons?$orderby=Name desc");
        var window = await NamesAsync(site, "/odata/Persons?$orderby=Rank desc,Name&$top=1&$skip=1");

        Assert.Equal(["Cy", "Bob", "Ada"], descending);
        Assert.Equal(["Bob"], window);
    }

    [Fact]
    public async Task Count_is_given_inline_and_as_a_path_for_the_filtered_collection()
    {
        await using var site = await ODataTestSite.StartAsync();
        await PeopleAsync(site);

        var inline = await site.GetJsonAsync("/odata/Persons?$count=true&$top=1&$filter=Rank ge 2");
        using var path = await site.GetAsync("/odata/Persons/$count?$filter=Rank ge 2");

        Assert.Equal(2, inline.GetProperty("@odata.count").GetInt64());
        Assert.Single(inline.GetProperty("value").EnumerateArray());
        Assert.Equal("2", await path.Content.ReadAsStringAsync(ODataTestSite.Ct));
    }

    [Fact]
    public async Task Select_returns_only_the_selected_properties_and_the_key()
    {
        await using var site = await ODataTestSite.StartAsync();
        await PeopleAsync(site);

        var result = await site.GetJsonAsync("/odata/Persons?$select=Name,Rank&$orderby=Name&$top=1");

        var entity = Assert.Single(result.GetProperty("value").EnumerateArray());
        var names = entity.EnumerateObject().Select(p => p.Name).Where(n => !n.StartsWith('@')).Order().ToList();
        Assert.Equal(["Id", "Name", "Rank"], names);
        Assert.Contains("Persons(Name,Rank", result.GetProperty("@odata.context").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_driven_paging_follows_nextLink_with_the_keyset_token_until_every_entity_is_read_once()
    {
        await using var site = await ODataTestSite.StartAsync(new Dictionary<string, string?> { ["OData:MaxPageSize"] = "2" });
        for (var i = 0; i < 5; i++)
        {
            await site.SendJsonAsync(HttpMethod.Post, "/odata/Persons", JsonSerializer.Serialize(new { Name = $"N{i}", Rank = i % 2 }));
        }

        var seen = new List<string>();
        var pages = 0;
        string? next = "/odata/Persons?$orderby=Rank,Name&$count=true";
        while (next is not null)
        {
            var page = await site.GetJsonAsync(next);
            pages++;
            Assert.Equal(5, page.GetProperty("@odata.count").GetInt64());
            var values = page.GetProperty("value").EnumerateArray().Select(e => e.GetProperty("Name").GetString()!).ToList();
            Assert.True(values.Count <= 2);
            seen.AddRange(values);
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            Assert.True(next is null || next.Contains("$skiptoken=", StringComparison.Ordinal), next);
        }

        Assert.Equal(["N0", "N2", "N4", "N1", "N3"], seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task A_top_beyond_the_page_size_continues_in_nextLink_with_what_remains()
    {
        await using var site = await ODataTestSite.StartAsync(new Dictionary<string, string?> { ["OData:MaxPageSize"] = "2" });
        await PeopleAsync(site);

        var first = await site.GetJsonAsync("/odata/Persons?$orderby=Name&$top=3");
        var next = first.GetProperty("@odata.nextLink").GetString()!;
        var second = await site.GetJsonAsync(next);

        Assert.Contains("$top=1", next, StringComparison.Ordinal);
        Assert.Equal(2, first.GetProperty("value").GetArrayLength());
        Assert.Equal("Cy", Assert.Single(second.GetProperty("value").EnumerateArray()).GetProperty("Name").GetString());
        Assert.False(second.TryGetProperty("@odata.nextLink", out _));
    }

    internal static async Task PeopleAsync(ODataTestSite site)
    {
        var people = new object[]
        {
            new { Name = "Ada", Email = "ada@example.com", Rank = 1, Active = true, Tags = new[] { "vip", "eu" }, Born = "1985-05-01T00:00:00Z" },
            new { Name = "Bob", Email = "bob@EXAMPLE.org", Rank = 2, Active = false, Tags = Array.Empty<string>(), Born = "1990-05-01T00:00:00Z" },
            new { Name = "Cy", Rank = 3, Tags = new[] { "vip" }, Born = "2001-05-01T10:00:00+02:00" },
        };
        foreach (var person in people)
        {
            using var response = await site.SendJsonAsync(HttpMethod.Post, "/odata/Persons", JsonSerializer.Serialize(person));
            await site.JsonAsync(response, HttpStatusCode.Created);
        }
    }

    private static async Task<List<string>> NamesAsync(ODataTestSite site, string path) =>
        [.. (await site.GetJsonAsync(path)).GetProperty("value").EnumerateArray().Select(e => e.GetProperty("Name").GetString()!)];

    private static async Task<List<string?>> IdsAsync(ODataTestSite site, string path) =>
        [.. (await site.GetJsonAsync(path)).GetProperty("value").EnumerateArray().Select(e => e.GetProperty("Id").GetString())];
}
