using System.Diagnostics;
using Xunit;

namespace ErpCode.Storage.Conformance;

public abstract partial class DocumentStoreConformanceTests
{
    [Fact]
    public async Task A_new_store_is_at_revision_0_and_each_committed_increment_adds_one()
    {
        await RequireTransactionsAsync();
        Assert.Equal(0, await Store.GetRevisionAsync(Ct));

        for (var i = 1; i <= 3; i++)
        {
            await using var transaction = await Store.BeginTransactionAsync(Ct);
            Assert.Equal(i, await transaction.IncrementRevisionAsync(Ct));
            await transaction.CommitAsync(Ct);
        }

        Assert.Equal(3, await Store.GetRevisionAsync(Ct));
    }

    [Fact]
    public async Task Another_node_watching_the_revision_sees_a_commit_within_a_second()
    {
        await RequireTransactionsAsync();
        var otherNode = await OpenSecondNodeAsync();
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        watching.CancelAfter(TimeSpan.FromSeconds(20));
        await using var watch = otherNode.WatchRevisionAsync(watching.Token).GetAsyncEnumerator(watching.Token);
        Assert.True(await watch.MoveNextAsync());
        Assert.Equal(0, watch.Current);

        var committed = Stopwatch.StartNew();
        await using (var transaction = await Store.BeginTransactionAsync(Ct))
        {
            await transaction.IncrementRevisionAsync(Ct);
            await transaction.CommitAsync(Ct);
        }

        Assert.True(await watch.MoveNextAsync());
        var seenAfter = committed.Elapsed;
        Assert.Equal(1, watch.Current);
        Assert.True(seenAfter < TimeSpan.FromSeconds(1), $"the other node saw the change after {seenAfter.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_collection_created_by_another_node_is_usable_here()
    {
        var otherNode = await OpenSecondNodeAsync();
        await otherNode.EnsureCollectionAsync(new ErpCode.Core.Storage.Collections.CollectionDefinition("fromOther").WithIndex("byX", "x"), Ct);
        await otherNode.Collection("fromOther").InsertAsync(Doc("A", ("x", 1)), Ct);

        var here = await Store.Collection("fromOther").GetAsync("A", Ct);

        Assert.Equal("A", here.Id);
        Assert.Contains(await Store.ListCollectionsAsync(Ct), d => d.Name == "fromOther" && d.Indexes.Length == 1);
    }
}
