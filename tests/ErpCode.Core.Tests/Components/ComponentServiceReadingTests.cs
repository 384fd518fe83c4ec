using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Tests.DocumentSite;

namespace ErpCode.Core.Tests.Components;

/// <summary>Reading stored code as a person needs ManageCode, in the service, whichever adapter asks.</summary>
public sealed class ComponentServiceReadingTests
{
    private static readonly Caller Seller = new("sam", ["Sales"]);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_caller_without_ManageCode_may_not_find_list_page_or_read_the_history_of_components()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await site.Components.SaveAsync("Pricing", ComponentKind.Module, "public static class Pricing { }", site.Caller, Ct);

        var refusals = new[]
        {
            await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Components.FindAsync("Pricing", Seller, Ct)),
            await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Components.ListAsync(Seller, Ct)),
            await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Components.PageAsync(10, null, Seller, Ct)),
            await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Components.HistoryAsync("Pricing", Seller, Ct)),
        };

        Assert.All(refusals, refused => Assert.Contains(SitePermissions.ManageCode, refused.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_caller_with_ManageCode_reads_what_the_runtime_reads()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await site.Components.SaveAsync("Pricing", ComponentKind.Module, "public static class Pricing { }", site.Caller, Ct);

        Assert.Equal((await site.Components.FindAsync("Pricing", Ct))!.Source, (await site.Components.FindAsync("Pricing", site.Caller, Ct))!.Source);
        Assert.Equal(["Pricing"], (await site.Components.ListAsync(site.Caller, Ct)).Select(c => c.Reference));
        Assert.Equal(["Pricing"], (await site.Components.PageAsync(10, null, site.Caller, Ct)).Components.Select(c => c.Reference));
        Assert.Single(await site.Components.HistoryAsync("Pricing", site.Caller, Ct));
    }
}
