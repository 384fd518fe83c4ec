using System.Net;
using System.Runtime.CompilerServices;
using ErpCode.Core.Security;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Definitions;
using ErpCode.OData.Model;
using ErpCode.OData.Tests.Support;

namespace ErpCode.OData.Tests.Model;

public sealed class SiteModelCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_model_is_built_per_revision_and_reused_until_the_revision_moves()
    {
        await using var site = await ODataTestSite.StartAsync();
        var cache = site.Service<SiteModelCache>();

        var first = cache.Current();
        var again = cache.Current();
        await AddPersonPropertyAsync(site, "Nickname");
        var next = cache.Current();

        Assert.Same(first, again);
        Assert.NotSame(first, next);
        Assert.True(next.Revision > first.Revision);
    }

    [Fact]
    public async Task A_property_added_to_a_type_shows_in_metadata_and_in_queries_on_the_next_request()
    {
        await using var site = await ODataTestSite.StartAsync();
        using var before = await site.GetAsync("/odata/Persons?$filter=Nickname eq 'x'");

        await AddPersonPropertyAsync(site, "Nickname");
        using var metadata = await site.GetAsync("/odata/$metadata");
        using var after = await site.GetAsync("/odata/Persons?$filter=Nickname eq 'x'&$select=Id,Nickname");

        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Contains("Name=\"Nickname\"", await metadata.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_retired_model_is_collected_after_the_revision_moves()
    {
        await using var site = await ODataTestSite.StartAsync();
        var cache = site.Service<SiteModelCache>();
        await site.NewOrderAsync();
        var retired = Track(cache);
        using (var used = await site.GetAsync("/odata/SaleOrders?$filter=Lines/any(l: l/Quantity gt 0)&$count=true"))
        {
            Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        }

        for (var i = 0; i <= SiteModelCache.Capacity; i++)
        {
            await AddPersonPropertyAsync(site, $"Extra{i}");
            using var metadata = await site.GetAsync("/odata/$metadata");
            Assert.Equal(HttpStatusCode.OK, metadata.StatusCode);
        }

        for (var i = 0; i < 3 && retired.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(retired.IsAlive, "The model of an old revision is still referenced after it left the cache.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Track(SiteModelCache cache) => new(cache.Current().Edm);

    private static async Task AddPersonPropertyAsync(ODataTestSite site, string name)
    {
        var definitions = site.Service<DefinitionService>();
        var sheet = SalesDefinitions.PersonSheet with { Properties = [.. SalesDefinitions.PersonSheet.Properties, new PropertyDefinition { Name = name }] };
        await definitions.SaveAsync(sheet, Caller.System, Ct);
    }
}
