using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Patches;
using Xunit;

namespace ErpCode.Storage.Conformance;

public abstract partial class DocumentStoreConformanceTests
{
    [Fact]
    public async Task Committed_transaction_writes_to_two_collections_and_raises_the_revision()
    {
        await RequireTransactionsAsync();
        var orders = await CollectionAsync("orders");
        var stock = await CollectionAsync("stock");
        await stock.InsertAsync(Doc("SKU-1", ("onHand", 10)), Ct);

        await using (var transaction = await Store.BeginTransactionAsync(Ct))
        {
            await transaction.Collection("orders").InsertAsync(Doc("SO-1", ("qty", 3)), Ct);
            await transaction.Collection("stock").UpdateAsync("SKU-1", 1, DocumentPatch.Empty.Set("onHand", 7), Ct);
            Assert.Equal(1, await transaction.IncrementRevisionAsync(Ct));
            await transaction.CommitAsync(Ct);
        }

        Assert.NotNull(await orders.FindAsync("SO-1", Ct));
        Assert.Equal(new ErpCode.Core.Storage.Values.Int64Value(7), (await stock.GetAsync("SKU-1", Ct)).Body["onHand"]);
        Assert.Equal(1, await Store.GetRevisionAsync(Ct));
    }

    [Fact]
    public async Task Rolled_back_transaction_leaves_both_collections_and_the_revision_unchanged()
    {
        await RequireTransactionsAsync();
        var orders = await CollectionAsync("orders");
        var stock = await CollectionAsync("stock");
        await stock.InsertAsync(Doc("SKU-1", ("onHand", 10)), Ct);

        await using (var transaction = await Store.BeginTransactionAsync(Ct))
        {
            await transaction.Collection("orders").InsertAsync(Doc("SO-1"), Ct);
            await transaction.Collection("stock").ReplaceAsync("SKU-1", 1, Body(("onHand", 0)), Ct);
            await transaction.IncrementRevisionAsync(Ct);
            await transaction.RollbackAsync(Ct);
        }

        Assert.Null(await orders.FindAsync("SO-1", Ct));
        var sku = await stock.GetAsync("SKU-1", Ct);
        Assert.Equal((1L, (ErpCode.Core.Storage.Values.DocValue)10), (sku.Version, sku.Body["onHand"]));
        Assert.Equal(0, await Store.GetRevisionAsync(Ct));
    }

    [Fact]
    public async Task Transaction_disposed_after_a_failure_writes_nothing()
    {
        await RequireTransactionsAsync();
        var orders = await CollectionAsync("orders");
        var stock = await CollectionAsync("stock");
        await stock.InsertAsync(Doc("SKU-1", ("onHand", 10)), Ct);
        await orders.InsertAsync(Doc("SO-9"), Ct);

        await using (var transaction = await Store.BeginTransactionAsync(Ct))
        {
            await transaction.Collection("stock").ReplaceAsync("SKU-1", 1, Body(("onHand", 5)), Ct);
            await Assert.ThrowsAsync<DuplicateDocumentException>(() => transaction.Collection("orders").InsertAsync(Doc("SO-9"), Ct));
        }

        Assert.Equal(1, (await stock.GetAsync("SKU-1", Ct)).Version);
    }

    [Fact]
    public async Task Transaction_reads_its_own_writes_which_others_see_only_after_commit()
    {
        await RequireTransactionsAsync();
        var orders = await CollectionAsync("orders");

        await using var transaction = await Store.BeginTransactionAsync(Ct);
        await transaction.Collection("orders").InsertAsync(Doc("SO-1", ("status", "draft")), Ct);

        Assert.NotNull(await transaction.Collection("orders").FindAsync("SO-1", Ct));
        Assert.Equal(1, await transaction.Collection("orders").CountAsync(null, Ct));
        Assert.Null(await orders.FindAsync("SO-1", Ct));

        await transaction.CommitAsync(Ct);
        Assert.NotNull(await orders.FindAsync("SO-1", Ct));
    }

    [Fact]
    public async Task Stale_version_inside_a_transaction_throws_concurrency()
    {
        await RequireTransactionsAsync();
        var orders = await CollectionAsync("orders");
        await orders.InsertAsync(Doc("SO-1"), Ct);
        await orders.ReplaceAsync("SO-1", 1, Body(("x", 1)), Ct);

        await using var transaction = await Store.BeginTransactionAsync(Ct);
        var ex = await Assert.ThrowsAsync<ConcurrencyException>(() => transaction.Collection("orders").UpdateAsync("SO-1", 1, DocumentPatch.Empty.Set("x", 2), Ct));

        Assert.Equal(2, ex.ActualVersion);
    }

    [Fact]
    public async Task A_finished_transaction_cannot_be_used_again()
    {
        await RequireTransactionsAsync();
        await CollectionAsync("orders");
        var transaction = await Store.BeginTransactionAsync(Ct);
        await transaction.CommitAsync(Ct);

        await Assert.ThrowsAsync<TransactionStateException>(() => transaction.Collection("orders").InsertAsync(Doc("X"), Ct));
        await Assert.ThrowsAsync<TransactionStateException>(() => transaction.CommitAsync(Ct));
        await transaction.DisposeAsync();
    }
}
