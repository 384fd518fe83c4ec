using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using Xunit;

namespace ErpCode.Storage.Conformance;

public abstract partial class DocumentStoreConformanceTests
{
    [Fact]
    public async Task Ensure_collection_is_idempotent_and_applies_index_changes_to_existing_data()
    {
        var items = await CollectionAsync("items", d => d.WithIndex("byX", "x"));
        await items.InsertManyAsync(Enumerable.Range(0, 10).Select(i => Doc($"D{i}", ("x", i % 3), ("code", $"C{i}"))), Ct);

        await Store.EnsureCollectionAsync(new CollectionDefinition("items").WithIndex("byX", "x"), Ct);
        await Store.EnsureCollectionAsync(new CollectionDefinition("items").WithUniqueIndex("byCode", "code"), Ct);
        var definitions = await Store.ListCollectionsAsync(Ct);

        var stored = Assert.Single(definitions, d => d.Name == "items");
        var index = Assert.Single(stored.Indexes);
        Assert.Equal(("byCode", true), (index.Name, index.Unique));
        Assert.Equal(10, await items.CountAsync(null, Ct));
        await Assert.ThrowsAsync<UniqueConstraintException>(() => items.InsertAsync(Doc("D99", ("code", "C1")), Ct));
        Assert.Equal(["D1", "D4", "D7"], await IdsAsync(items, Query.Where(Filter.Eq("x", 1))));
    }

    [Fact]
    public async Task A_unique_index_over_duplicate_data_is_refused_and_the_old_definition_stays()
    {
        var items = await CollectionAsync("items");
        await items.InsertAsync(Doc("A", ("code", "same")), Ct);
        await items.InsertAsync(Doc("B", ("code", "same")), Ct);

        await Assert.ThrowsAsync<UniqueConstraintException>(() => Store.EnsureCollectionAsync(new CollectionDefinition("items").WithUniqueIndex("byCode", "code"), Ct));

        Assert.Empty(Assert.Single(await Store.ListCollectionsAsync(Ct), d => d.Name == "items").Indexes);
        await items.InsertAsync(Doc("C", ("code", "same")), Ct);
    }

    [Fact]
    public async Task Operations_on_a_collection_never_created_throw_unknown_collection()
    {
        var ghost = Store.Collection("ghost");

        var ex = await Assert.ThrowsAsync<UnknownCollectionException>(() => ghost.InsertAsync(Doc("A"), Ct));
        await Assert.ThrowsAsync<UnknownCollectionException>(() => ghost.GetAsync("A", Ct));
        await Assert.ThrowsAsync<UnknownCollectionException>(() => ghost.QueryAsync(new Query(), Ct));

        Assert.Equal("ghost", ex.Collection);
        Assert.Contains("'ghost'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declared_field_kinds_refuse_documents_holding_another_kind()
    {
        var items = await CollectionAsync("typed", d => d.WithField("total", ValueKind.Decimal).WithField("lines", ValueKind.Array));

        var ex = await Assert.ThrowsAsync<InvalidDocumentException>(() => items.InsertAsync(Doc("A", ("total", "12.00")), Ct));
        await items.InsertAsync(Doc("B", ("total", 12), ("lines", ArrayValue.Empty)), Ct);
        await items.InsertAsync(Doc("C", ("total", DocValue.Null)), Ct);
        var onReplace = await Assert.ThrowsAsync<InvalidDocumentException>(() => items.ReplaceAsync("B", 1, Body(("lines", "none")), Ct));

        Assert.Equal("total", ex.Path);
        Assert.Equal("A", ex.DocumentId);
        Assert.Equal("lines", onReplace.Path);
        Assert.Null(await items.FindAsync("A", Ct));
        Assert.Equal(1, (await items.GetAsync("B", Ct)).Version);
    }
}
