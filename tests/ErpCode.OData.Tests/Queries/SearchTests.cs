using ErpCode.OData.Tests.Support;

namespace ErpCode.OData.Tests.Queries;

/// <summary>$search: a case-insensitive contains over the type's text properties, in the store query.</summary>
public sealed class SearchTests
{
    [Theory]
    [InlineData("ada", "Ada")]
    [InlineData("EXAMPLE", "Ada,Bob")]
    [InlineData("example AND NOT bob", "Ada")]
    [InlineData("cy OR bob", "Bob,Cy")]
    [InlineData("\"@example.com\"", "Ada")]
    [InlineData("\"P-0003\"", "Cy")]
    [InlineData("nobody", "")]
    public async Task Search_matches_a_text_property_containing_each_term_ignoring_case(string search, string expected)
    {
        await using var site = await ODataTestSite.StartAsync();
        await ReadTests.PeopleAsync(site);

        var people = (await site.GetJsonAsync($"/odata/Persons?$search={Uri.EscapeDataString(search)}&$orderby=Name&$select=Name")).GetProperty("value");

        Assert.Equal(expected, string.Join(",", people.EnumerateArray().Select(p => p.GetProperty("Name").GetString())));
    }

    [Fact]
    public async Task Search_combines_with_filter_and_counts_both_in_the_collection_and_in_dollar_count()
    {
        await using var site = await ODataTestSite.StartAsync();
        await ReadTests.PeopleAsync(site);

        var page = await site.GetJsonAsync("/odata/Persons?$search=example&$filter=Rank ge 2&$count=true&$select=Name");
        using var count = await site.GetAsync("/odata/Persons/$count?$search=example");

        Assert.Equal(1, page.GetProperty("@odata.count").GetInt64());
        Assert.Equal("Bob", Assert.Single(page.GetProperty("value").EnumerateArray()).GetProperty("Name").GetString());
        Assert.Equal("2", await count.Content.ReadAsStringAsync(ODataTestSite.Ct));
    }

    [Fact]
    public async Task Search_and_dollar_count_on_a_system_set_match_its_text_columns()
    {
        await using var site = await ODataTestSite.StartAsync();

        var roles = (await site.GetJsonAsync("/odata/Roles?$search=audit&$select=Name&$orderby=Name")).GetProperty("value");

        using var count = await site.GetAsync("/odata/Roles/$count?$search=audit");

        // The Auditor by its name, the Manager by its definition, which grants ViewAudit.
        Assert.Equal(["Auditor", "Manager"], roles.EnumerateArray().Select(r => r.GetProperty("Name").GetString()));
        Assert.Equal("2", await count.Content.ReadAsStringAsync(ODataTestSite.Ct));
    }
}
