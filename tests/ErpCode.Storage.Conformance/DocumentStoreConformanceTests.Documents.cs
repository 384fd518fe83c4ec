using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Patches;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using Xunit;

namespace ErpCode.Storage.Conformance;

public abstract partial class DocumentStoreConformanceTests
{
    [Fact]
    public async Task Insert_then_get_returns_the_document_at_version_1()
    {
        var items = await CollectionAsync();

        var inserted = await items.InsertAsync(new NewDocument("SO-1", Body(("customer", "ACME"), ("total", 12.50m)), "SaleOrder", "ORG-1"), Ct);
        var read = await items.GetAsync("SO-1", Ct);

        Assert.Equal(1, inserted.Version);
        Assert.Equal(inserted, read with { Body = read.Body });
        Assert.Equal("SaleOrder", read.Type);
        Assert.Equal("ORG-1", read.ParentId);
        Assert.Equal(1, read.Version);
        Assert.Equal(Body(("customer", "ACME"), ("total", 12.50m)), read.Body);
    }

    [Fact]
    public async Task Find_of_a_missing_id_returns_null_and_get_throws_naming_it()
    {
        var items = await CollectionAsync();

        Assert.Null(await items.FindAsync("nope", Ct));
        var ex = await Assert.ThrowsAsync<DocumentNotFoundException>(() => items.GetAsync("nope", Ct));

        Assert.Equal("nope", ex.DocumentId);
        Assert.Equal("items", ex.Collection);
        Assert.Contains("'nope'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insert_of_a_taken_id_throws_duplicate_and_keeps_the_first_document()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("A", ("n", 1)), Ct);

        var ex = await Assert.ThrowsAsync<DuplicateDocumentException>(() => items.InsertAsync(Doc("A", ("n", 2)), Ct));

        Assert.Equal("A", ex.DocumentId);
        Assert.Equal(new Int64Value(1), (await items.GetAsync("A", Ct)).Body["n"]);
    }

    [Fact]
    public async Task Replace_with_the_current_version_writes_the_body_and_increments_the_version()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(new NewDocument("A", Body(("n", 1)), "Thing", "P-1"), Ct);

        var replaced = await items.ReplaceAsync("A", 1, Body(("m", "x")), Ct);
        var read = await items.GetAsync("A", Ct);

        Assert.Equal(2, replaced.Version);
        Assert.Equal(read, replaced with { Body = read.Body });
        Assert.Equal(Body(("m", "x")), read.Body);
        Assert.Equal("Thing", read.Type);
        Assert.Equal("P-1", read.ParentId);
    }

    [Fact]
    public async Task Replace_with_a_stale_version_throws_concurrency_and_writes_nothing()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("A", ("n", 1)), Ct);
        await items.ReplaceAsync("A", 1, Body(("n", 2)), Ct);

        var ex = await Assert.ThrowsAsync<ConcurrencyException>(() => items.ReplaceAsync("A", 1, Body(("n", 99)), Ct));

        Assert.Equal(("A", 1L, 2L), (ex.DocumentId, ex.ExpectedVersion, ex.ActualVersion));
        var read = await items.GetAsync("A", Ct);
        Assert.Equal(2, read.Version);
        Assert.Equal(new Int64Value(2), read.Body["n"]);
    }

    [Fact]
    public async Task Replace_and_update_and_delete_of_a_missing_document_throw_not_found()
    {
        var items = await CollectionAsync();

        await Assert.ThrowsAsync<DocumentNotFoundException>(() => items.ReplaceAsync("gone", 1, Body(), Ct));
        await Assert.ThrowsAsync<DocumentNotFoundException>(() => items.UpdateAsync("gone", 1, DocumentPatch.Empty.Set("a", 1), Ct));
        await Assert.ThrowsAsync<DocumentNotFoundException>(() => items.DeleteAsync("gone", 1, Ct));
    }

    [Fact]
    public async Task Update_sets_and_unsets_nested_paths_creating_missing_parents()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("A", ("name", "x"), ("old", true), ("address", Body(("city", "Lyon"), ("zip", "69001")))), Ct);

        var updated = await items.UpdateAsync(
            "A",
            1,
            DocumentPatch.Empty.Set("address.city", "Paris").Unset("address.zip").Unset("old").Set("meta.tags.first", "t").Set("total", 3.10m),
            Ct);
        var read = await items.GetAsync("A", Ct);

        Assert.Equal(2, updated.Version);
        Assert.Equal(read.Body, updated.Body);
        Assert.Equal(Body(("city", "Paris")), read.Body["address"]);
        Assert.False(read.Body.Contains("old"));
        Assert.Equal(Body(("tags", Body(("first", "t")))), read.Body["meta"]);
        Assert.Equal("3.10", read.Body["total"].ToString());
    }

    [Fact]
    public async Task Update_with_a_stale_version_throws_concurrency_and_writes_nothing()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("A", ("n", 1)), Ct);
        await items.UpdateAsync("A", 1, DocumentPatch.Empty.Set("n", 2), Ct);

        var ex = await Assert.ThrowsAsync<ConcurrencyException>(() => items.UpdateAsync("A", 1, DocumentPatch.Empty.Set("n", 3), Ct));

        Assert.Equal(2, ex.ActualVersion);
        Assert.Equal(new Int64Value(2), (await items.GetAsync("A", Ct)).Body["n"]);
    }

    [Fact]
    public async Task Update_through_a_scalar_throws_invalid_patch_and_writes_nothing()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("A", ("n", 1), ("s", "text")), Ct);

        var ex = await Assert.ThrowsAsync<InvalidPatchException>(() => items.UpdateAsync("A", 1, DocumentPatch.Empty.Set("n", 2).Set("s.inner", 1), Ct));

        Assert.Equal("s.inner", ex.Path);
        var read = await items.GetAsync("A", Ct);
        Assert.Equal(1, read.Version);
        Assert.Equal(new Int64Value(1), read.Body["n"]);
    }

    [Fact]
    public async Task Delete_with_the_current_version_removes_and_a_stale_version_throws()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("A"), Ct);
        await items.InsertAsync(Doc("B"), Ct);
        await items.ReplaceAsync("B", 1, Body(("x", 1)), Ct);

        await items.DeleteAsync("A", 1, Ct);
        var ex = await Assert.ThrowsAsync<ConcurrencyException>(() => items.DeleteAsync("B", 1, Ct));

        Assert.Null(await items.FindAsync("A", Ct));
        Assert.Equal(2, ex.ActualVersion);
        Assert.NotNull(await items.FindAsync("B", Ct));
    }

    [Fact]
    public async Task Insert_many_inserts_all_documents()
    {
        var items = await CollectionAsync();

        var count = await items.InsertManyAsync(Enumerable.Range(0, 500).Select(i => Doc($"D{i:000}", ("i", i))), Ct);

        Assert.Equal(500, count);
        Assert.Equal(500, await items.CountAsync(null, Ct));
        Assert.Equal(new Int64Value(499), (await items.GetAsync("D499", Ct)).Body["i"]);
    }

    [Fact]
    public async Task Insert_many_with_one_duplicate_inserts_nothing_and_names_the_duplicate()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("D050"), Ct);

        var ex = await Assert.ThrowsAsync<DuplicateDocumentException>(
            () => items.InsertManyAsync(Enumerable.Range(0, 100).Select(i => Doc($"D{i:000}", ("i", i))), Ct));

        Assert.Equal("D050", ex.DocumentId);
        Assert.Equal(1, await items.CountAsync(null, Ct));
    }

    [Fact]
    public async Task Type_and_parent_are_kept_and_can_be_filtered_and_sorted()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(new NewDocument("L1", Body(), "SaleOrderLine", "SO-1"), Ct);
        await items.InsertAsync(new NewDocument("L2", Body(), "SaleOrderLine", "SO-2"), Ct);
        await items.InsertAsync(new NewDocument("SO-1", Body(), "SaleOrder"), Ct);

        var lines = await IdsAsync(items, Query.Where(Filter.Eq(FieldPath.Type, "SaleOrderLine") & Filter.Eq(FieldPath.Parent, "SO-1")));
        var roots = await IdsAsync(items, Query.Where(Filter.Eq(FieldPath.Parent, DocValue.Null)));
        var notInSo1 = await IdsAsync(items, Query.Where(Filter.Ne(FieldPath.Parent, "SO-1")));
        var byType = await IdsAsync(items, new Query().OrderBy(SortField.Desc("_type"), SortField.Asc("_id")));

        Assert.Equal(["L1"], lines);
        Assert.Equal(["SO-1"], roots);
        Assert.Equal(["L2", "SO-1"], notInSo1);
        Assert.Equal(["L1", "L2", "SO-1"], byType);
    }

    [Fact]
    public async Task Version_can_be_filtered_like_any_integer()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("A"), Ct);
        await items.InsertAsync(Doc("B"), Ct);
        await items.ReplaceAsync("B", 1, Body(), Ct);

        Assert.Equal(["B"], await IdsAsync(items, Query.Where(Filter.Gt(FieldPath.Version, 1))));
    }

    [Fact]
    public async Task Of_many_concurrent_writers_with_the_same_version_exactly_one_wins()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("A", ("owner", "none")), Ct);
        var otherNode = await OpenSecondNodeAsync();
        var collections = new[] { items, otherNode.Collection("items") };

        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await (i % 2 == 0
                    ? collections[i % 2].UpdateAsync("A", 1, DocumentPatch.Empty.Set("owner", $"writer{i}"), Ct)
                    : collections[i % 2].ReplaceAsync("A", 1, Body(("owner", $"writer{i}")), Ct));
                return $"writer{i}";
            }
            catch (ConcurrencyException)
            {
                return null;
            }
        });
        var winners = (await Task.WhenAll(attempts)).Where(w => w is not null).ToList();

        var winner = Assert.Single(winners);
        var read = await items.GetAsync("A", Ct);
        Assert.Equal((2L, (DocValue)winner), (read.Version, read.Body["owner"]));
    }
}
