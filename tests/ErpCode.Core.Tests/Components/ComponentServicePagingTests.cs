using ErpCode.Core.Components;
using ErpCode.Core.Tests.DocumentSite;

namespace ErpCode.Core.Tests.Components;

/// <summary>Components are listed a page at a time, in reference order, for lists that never load the whole collection.</summary>
public sealed class ComponentServicePagingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_follow_each_other_in_reference_order_until_no_token_is_left()
    {
        // Arrange
        await using var site = await DocumentTestSite.CreateAsync();
        foreach (var name in new[] { "Charlie", "Alpha", "Echo", "Bravo", "Delta" })
        {
            await site.Components.SaveAsync(name, ComponentKind.Module, $"public static class {name} {{ }}", site.Caller, Ct);
        }

        // Act
        var first = await site.Components.PageAsync(2, null, Ct);
        var second = await site.Components.PageAsync(2, first.ContinuationToken, Ct);
        var third = await site.Components.PageAsync(2, second.ContinuationToken, Ct);

        // Assert
        Assert.Equal(["Alpha", "Bravo"], first.Components.Select(c => c.Reference));
        Assert.Equal(["Charlie", "Delta"], second.Components.Select(c => c.Reference));
        Assert.Equal(["Echo"], third.Components.Select(c => c.Reference));
        Assert.Null(third.ContinuationToken);
        Assert.Equal(ComponentValidationState.Validated, first.Components[0].ValidationState);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ComponentService.MaxPageSize + 1)]
    public async Task A_page_size_out_of_range_is_refused(int take)
    {
        await using var site = await DocumentTestSite.CreateAsync();

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => site.Components.PageAsync(take, null, Ct));

        Assert.Equal("take", refused.ParamName);
    }
}
