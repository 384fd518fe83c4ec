using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using Xunit;

namespace ErpCode.Storage.Conformance;

public abstract partial class DocumentStoreConformanceTests
{
    private async Task<IDocumentCollection> OrdersAsync(Func<ErpCode.Core.Storage.Collections.CollectionDefinition, ErpCode.Core.Storage.Collections.CollectionDefinition>? configure = null)
    {
        var orders = await CollectionAsync("orders", configure);
        await orders.InsertManyAsync(
            [
                Doc("O1", ("status", "draft"), ("total", 100.00m), ("qty", 3), ("customer", Body(("name", "Acme"), ("city", "Lyon"))), ("tags", new ArrayValue("urgent", "export")),
                    ("lines", new ArrayValue(Body(("sku", "A"), ("amount", 60m)), Body(("sku", "B"), ("amount", 40m))))),
                Doc("O2", ("status", "confirmed"), ("total", 250.5m), ("qty", 10), ("customer", Body(("name", "Globex"), ("city", "Paris"))), ("tags", new ArrayValue("export")),
                    ("lines", new ArrayValue(Body(("sku", "A"), ("amount", 250.5m))))),
                Doc("O3", ("status", "confirmed"), ("total", 99.99m), ("qty", 1), ("customer", Body(("name", "Initech"), ("city", "Lyon"))), ("tags", ArrayValue.Empty),
                    ("lines", ArrayValue.Empty)),
                Doc("O4", ("status", "cancelled"), ("total", 0), ("customer", Body(("name", "Umbrella"))), ("lines", new ArrayValue(Body(("sku", "C"), ("amount", 0m))))),
            ],
            Ct);
        return orders;
    }

    [Fact]
    public async Task Comparison_operators_select_the_expected_documents()
    {
        var orders = await OrdersAsync();

        Assert.Equal(["O2", "O3"], await IdsAsync(orders, Query.Where(Filter.Eq("status", "confirmed"))));
        Assert.Equal(["O1", "O4"], await IdsAsync(orders, Query.Where(Filter.Ne("status", "confirmed"))));
        Assert.Equal(["O2"], await IdsAsync(orders, Query.Where(Filter.Gt("total", 100))));
        Assert.Equal(["O1", "O2"], await IdsAsync(orders, Query.Where(Filter.Ge("total", 100m))));
        Assert.Equal(["O3", "O4"], await IdsAsync(orders, Query.Where(Filter.Lt("total", 100.00m))));
        Assert.Equal(["O1", "O3", "O4"], await IdsAsync(orders, Query.Where(Filter.Le("total", 100))));
        Assert.Equal(["O1", "O2"], await IdsAsync(orders, Query.Where(Filter.Ge("qty", 3))));
        Assert.Equal(["O2", "O3"], await IdsAsync(orders, Query.Where(Filter.Gt("status", "cancelled") & Filter.Lt("status", "draft"))));
    }

    [Fact]
    public async Task Comparisons_only_match_values_of_the_operands_kind()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("num", ("v", 5)), Ct);
        await items.InsertAsync(Doc("str", ("v", "5")), Ct);
        await items.InsertAsync(Doc("bool", ("v", true)), Ct);
        await items.InsertAsync(Doc("date", ("v", new DateOnly(2020, 1, 1))), Ct);
        await items.InsertAsync(Doc("time", ("v", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc))), Ct);

        Assert.Equal(["num"], await IdsAsync(items, Query.Where(Filter.Gt("v", 0))));
        Assert.Equal(["num"], await IdsAsync(items, Query.Where(Filter.Lt("v", 1000))));
        Assert.Equal(["str"], await IdsAsync(items, Query.Where(Filter.Ge("v", ""))));
        Assert.Equal(["bool"], await IdsAsync(items, Query.Where(Filter.Gt("v", false))));
        Assert.Equal(["date"], await IdsAsync(items, Query.Where(Filter.Gt("v", new DateOnly(1, 1, 1)))));
        Assert.Equal(["time"], await IdsAsync(items, Query.Where(Filter.Lt("v", new DateTime(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc)))));
        Assert.Equal(["num"], await IdsAsync(items, Query.Where(Filter.Eq("v", 5.000m))));
    }

    [Fact]
    public async Task In_and_logical_operators_combine()
    {
        var orders = await OrdersAsync();

        Assert.Equal(["O1", "O4"], await IdsAsync(orders, Query.Where(Filter.In("status", "draft", "cancelled", "unknown"))));
        Assert.Empty(await IdsAsync(orders, Query.Where(Filter.In("status"))));
        Assert.Equal(["O1", "O2", "O3"], await IdsAsync(orders, Query.Where(Filter.Or(Filter.Eq("status", "confirmed"), Filter.Eq("customer.city", "Lyon")))));
        Assert.Equal(["O3"], await IdsAsync(orders, Query.Where(Filter.Eq("status", "confirmed") & !Filter.Gt("total", 100))));
        Assert.Equal(["O1", "O2", "O3", "O4"], await IdsAsync(orders, Query.Where(Filter.All)));
        Assert.Empty(await IdsAsync(orders, Query.Where(Filter.Or())));
    }

    [Fact]
    public async Task In_with_null_matches_explicit_nulls_and_values()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("null", ("x", DocValue.Null)), Ct);
        await items.InsertAsync(Doc("missing"), Ct);
        await items.InsertAsync(Doc("one", ("x", 1)), Ct);
        await items.InsertAsync(Doc("two", ("x", 2)), Ct);

        Assert.Equal(["null", "one"], await IdsAsync(items, Query.Where(Filter.In("x", DocValue.Null, 1))));
    }

    [Fact]
    public async Task Nested_paths_reach_into_sub_documents()
    {
        var orders = await OrdersAsync();

        Assert.Equal(["O1", "O3"], await IdsAsync(orders, Query.Where(Filter.Eq("customer.city", "Lyon"))));
        Assert.Equal(["O4"], await IdsAsync(orders, Query.Where(!Filter.Exists("customer.city"))));
        Assert.Empty(await IdsAsync(orders, Query.Where(Filter.Eq("status.inner", "x"))));
    }

    [Fact]
    public async Task Any_element_matches_arrays_of_scalars_and_of_documents()
    {
        var orders = await OrdersAsync();

        Assert.Equal(["O1", "O2"], await IdsAsync(orders, Query.Where(Filter.AnyElement("tags", Filter.Eq(FieldPath.Element, "export")))));
        Assert.Equal(["O1"], await IdsAsync(orders, Query.Where(Filter.AnyElement("tags", Filter.StartsWith(FieldPath.Element, "URG", ignoreCase: true)))));
        Assert.Equal(["O1", "O2", "O4"], await IdsAsync(orders, Query.Where(Filter.AnyElement("lines"))));
        Assert.Equal(["O2"], await IdsAsync(orders, Query.Where(Filter.AnyElement("lines", Filter.Eq("sku", "A") & Filter.Gt("amount", 100)))));
        Assert.Equal(["O3"], await IdsAsync(orders, Query.Where(Filter.Exists("lines") & !Filter.AnyElement("lines"))));
        Assert.Equal(["O1", "O2"], await IdsAsync(orders, Query.Where(Filter.AnyElement("lines", Filter.In("sku", "A", "Z")))));
        Assert.Empty(await IdsAsync(orders, Query.Where(Filter.AnyElement("customer"))));
    }

    [Fact]
    public async Task Any_element_nests_inside_any_element()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("A", ("groups", new ArrayValue(Body(("members", new ArrayValue("ann", "bob"))), Body(("members", new ArrayValue("cid")))))), Ct);
        await items.InsertAsync(Doc("B", ("groups", new ArrayValue(Body(("members", new ArrayValue("dan")))))), Ct);

        var withCid = Filter.AnyElement("groups", Filter.AnyElement("members", Filter.Eq(FieldPath.Element, "cid")));

        Assert.Equal(["A"], await IdsAsync(items, Query.Where(withCid)));
    }

    [Fact]
    public async Task Sort_by_several_fields_in_mixed_directions()
    {
        var orders = await OrdersAsync();

        var ids = await IdsAsync(orders, new Query().OrderBy(SortField.Asc("customer.city"), SortField.Desc("total")));

        Assert.Equal(["O4", "O1", "O3", "O2"], ids);
    }

    [Fact]
    public async Task Skip_and_take_page_through_the_sorted_result()
    {
        var orders = await OrdersAsync();
        var sorted = new Query().OrderBy(SortField.Desc("total"));

        Assert.Equal(["O2", "O1"], await IdsAsync(orders, sorted with { Take = 2 }));
        Assert.Equal(["O3", "O4"], await IdsAsync(orders, sorted with { Skip = 2, Take = 2 }));
        Assert.Equal(["O4"], await IdsAsync(orders, sorted with { Skip = 3 }));
        Assert.Empty(await IdsAsync(orders, sorted with { Skip = 10, Take = 5 }));
        Assert.Empty(await IdsAsync(orders, sorted with { Take = 0 }));
    }

    [Fact]
    public async Task Count_counts_matching_documents()
    {
        var orders = await OrdersAsync();

        Assert.Equal(4, await orders.CountAsync(null, Ct));
        Assert.Equal(2, await orders.CountAsync(Filter.Eq("status", "confirmed"), Ct));
        Assert.Equal(0, await orders.CountAsync(Filter.Eq("status", "nope"), Ct));
    }

    [Fact]
    public async Task Projection_returns_only_the_chosen_properties_with_the_envelope()
    {
        var orders = await OrdersAsync();

        var result = await orders.QueryAsync(Query.Where(Filter.Eq(FieldPath.Id, "O1")).Select("total", "customer.city", "absent"), Ct);
        var doc = Assert.Single(result.Documents);

        Assert.Equal(Body(("total", 100.00m), ("customer", Body(("city", "Lyon")))), doc.Body);
        Assert.Equal(("O1", 1L), (doc.Id, doc.Version));
    }

    [Fact]
    public async Task Indexed_fields_answer_like_unindexed_ones()
    {
        var orders = await OrdersAsync(d => d.WithIndex("byStatusTotal", "status", "total").WithIndex("byCity", "customer.city"));

        Assert.Equal(["O2", "O3"], await IdsAsync(orders, Query.Where(Filter.Eq("status", "confirmed")).OrderBy(SortField.Desc("total"))));
        Assert.Equal(["O1", "O3"], await IdsAsync(orders, Query.Where(Filter.Eq("customer.city", "Lyon"))));
        Assert.Equal(["O3", "O4"], await IdsAsync(orders, Query.Where(Filter.Lt("total", 100))));
    }

    [Fact]
    public async Task Unique_index_refuses_a_second_document_with_the_same_value()
    {
        var items = await CollectionAsync("invoices", d => d.WithUniqueIndex("byNumber", "number"));
        await items.InsertAsync(Doc("I1", ("number", "INV-001")), Ct);
        await items.InsertAsync(Doc("I2", ("number", "INV-002")), Ct);

        var ex = await Assert.ThrowsAsync<UniqueConstraintException>(() => items.InsertAsync(Doc("I3", ("number", "INV-001")), Ct));
        var onReplace = await Assert.ThrowsAsync<UniqueConstraintException>(() => items.ReplaceAsync("I2", 1, Body(("number", "INV-001")), Ct));

        Assert.Equal("byNumber", ex.IndexName);
        Assert.Equal("byNumber", onReplace.IndexName);
        Assert.Null(await items.FindAsync("I3", Ct));
        Assert.Equal(new StringValue("INV-002"), (await items.GetAsync("I2", Ct)).Body["number"]);
    }

    [Fact]
    public async Task Filter_comparing_a_declared_field_with_another_kind_is_refused_naming_the_field()
    {
        var items = await CollectionAsync("typed", d => d.WithField("total", ValueKind.Decimal).WithField("name", ValueKind.String));

        var ex = await Assert.ThrowsAsync<InvalidFilterException>(() => items.QueryAsync(Query.Where(Filter.Eq("total", "12")), Ct));
        var onCount = await Assert.ThrowsAsync<InvalidFilterException>(() => items.CountAsync(Filter.StartsWith("total", "1"), Ct));
        var onName = await Assert.ThrowsAsync<InvalidFilterException>(() => items.QueryAsync(Query.Where(Filter.Gt("name", 3)), Ct));
        await items.QueryAsync(Query.Where(Filter.Gt("total", 3)), Ct);

        Assert.Equal("total", ex.Field);
        Assert.Contains("a decimal", ex.Message, StringComparison.Ordinal);
        Assert.Contains("a string", ex.Message, StringComparison.Ordinal);
        Assert.Equal("total", onCount.Field);
        Assert.Equal("name", onName.Field);
    }

    [Fact]
    public async Task Comparing_with_null_beyond_equality_is_refused()
    {
        var items = await CollectionAsync();

        var ex = await Assert.ThrowsAsync<InvalidFilterException>(() => items.QueryAsync(Query.Where(Filter.Gt("x", DocValue.Null)), Ct));

        Assert.Equal("x", ex.Field);
    }
}
