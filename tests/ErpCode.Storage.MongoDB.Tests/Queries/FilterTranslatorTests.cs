using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Storage.MongoDB.Queries;
using ErpCode.Storage.MongoDB.Tests.TestSupport;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Tests.Queries;

public sealed class FilterTranslatorTests
{
    private const string NotArray = "$not: { $type: 'array' }";

    private static readonly CollectionDefinition Undeclared = new("items");

    private static readonly CollectionDefinition Declared = new CollectionDefinition("items")
        .WithField("status", ValueKind.String)
        .WithField("customer", ValueKind.Document)
        .WithField("on", ValueKind.Date)
        .WithField("tags", ValueKind.Array);

    private static void AssertTranslation(string expected, Filter filter, CollectionDefinition? collection = null) =>
        BsonAssert.Equal(expected, FilterTranslator.Translate(filter, collection ?? Undeclared));

    [Fact]
    public void Eq_on_an_undeclared_field_refuses_arrays_that_contain_the_value() =>
        AssertTranslation($"{{ status: {{ $eq: 'draft', {NotArray} }} }}", Filter.Eq("status", "draft"));

    [Fact]
    public void Eq_on_a_declared_scalar_field_is_a_plain_equality() =>
        AssertTranslation("{ status: { $eq: 'draft' } }", Filter.Eq("status", "draft"), Declared);

    [Fact]
    public void Eq_with_null_matches_an_explicit_null_only() =>
        AssertTranslation($"{{ x: {{ $type: 'null', {NotArray} }} }}", Filter.Eq("x", DocValue.Null));

    [Fact]
    public void Eq_with_null_on_a_declared_field_uses_the_null_type() =>
        AssertTranslation("{ status: { $type: 'null' } }", Filter.Eq("status", DocValue.Null), Declared);

    [Fact]
    public void Eq_with_typed_operands_keeps_their_bson_types()
    {
        AssertTranslation($"{{ n: {{ $eq: NumberLong(5), {NotArray} }} }}", Filter.Eq("n", 5));
        AssertTranslation($"{{ n: {{ $eq: NumberDecimal('5.000'), {NotArray} }} }}", Filter.Eq("n", 5.000m));
        AssertTranslation($"{{ b: {{ $eq: true, {NotArray} }} }}", Filter.Eq("b", true));
        AssertTranslation(
            $"{{ at: {{ $eq: ISODate('2024-03-31T10:00:00.000Z'), {NotArray} }} }}",
            Filter.Eq("at", new DateTimeOffset(2024, 3, 31, 19, 0, 0, TimeSpan.FromHours(9))));
    }

    [Fact]
    public void Ne_is_not_eq_so_it_also_matches_missing_fields() =>
        AssertTranslation($"{{ $nor: [{{ status: {{ $eq: 'x', {NotArray} }} }}] }}", Filter.Ne("status", "x"));

    [Fact]
    public void Ne_on_a_declared_field_uses_ne() =>
        AssertTranslation("{ status: { $ne: 'x' } }", Filter.Ne("status", "x"), Declared);

    [Fact]
    public void Ne_with_null_matches_missing_and_values()
    {
        AssertTranslation($"{{ $nor: [{{ x: {{ $type: 'null', {NotArray} }} }}] }}", Filter.Ne("x", DocValue.Null));
        AssertTranslation("{ status: { $not: { $type: 'null' } } }", Filter.Ne("status", DocValue.Null), Declared);
    }

    [Fact]
    public void Range_operators_map_to_their_mongodb_names()
    {
        AssertTranslation($"{{ total: {{ $gt: NumberLong(100), {NotArray} }} }}", Filter.Gt("total", 100));
        AssertTranslation($"{{ total: {{ $gte: NumberDecimal('100'), {NotArray} }} }}", Filter.Ge("total", 100m));
        AssertTranslation($"{{ total: {{ $lt: NumberDecimal('100.00'), {NotArray} }} }}", Filter.Lt("total", 100.00m));
        AssertTranslation($"{{ name: {{ $lte: 'm', {NotArray} }} }}", Filter.Le("name", "m"));
        AssertTranslation($"{{ flag: {{ $gt: false, {NotArray} }} }}", Filter.Gt("flag", false));
    }

    [Fact]
    public void Nested_paths_require_each_parent_not_to_be_an_array() =>
        AssertTranslation(
            $"{{ $and: [{{ a: {{ {NotArray} }} }}, {{ 'a.b': {{ {NotArray} }} }}, {{ 'a.b.c': {{ $eq: 'x', {NotArray} }} }}] }}",
            Filter.Eq("a.b.c", "x"));

    [Fact]
    public void A_parent_declared_as_a_document_needs_no_guard() =>
        AssertTranslation($"{{ 'customer.city': {{ $eq: 'Lyon', {NotArray} }} }}", Filter.Eq("customer.city", "Lyon"), Declared);

    [Fact]
    public void Date_equality_compares_the_tagged_sub_document() =>
        AssertTranslation("{ on: { $eq: { _date: '2024-02-29' } } }", Filter.Eq("on", new DateOnly(2024, 2, 29)), Declared);

    [Fact]
    public void Date_range_on_a_declared_date_field_compares_sub_documents() =>
        AssertTranslation("{ on: { $gte: { _date: '2000-01-01' } } }", Filter.Ge("on", new DateOnly(2000, 1, 1)), Declared);

    [Fact]
    public void Date_range_on_an_undeclared_field_also_requires_a_date_there() =>
        AssertTranslation(
            $"{{ $and: [{{ v: {{ $gt: {{ _date: '0001-01-01' }}, {NotArray} }} }}, {{ 'v._date': {{ $exists: true }} }}] }}",
            Filter.Gt("v", new DateOnly(1, 1, 1)));

    [Fact]
    public void System_paths_map_to_the_envelope_fields()
    {
        AssertTranslation("{ _id: { $eq: 'A' } }", Filter.Eq(FieldPath.Id, "A"));
        AssertTranslation("{ _type: { $eq: 'SaleOrder' } }", Filter.Eq(FieldPath.Type, "SaleOrder"));
        AssertTranslation("{ _parent: { $type: 'null' } }", Filter.Eq(FieldPath.Parent, DocValue.Null));
        AssertTranslation("{ _parent: { $ne: 'SO-1' } }", Filter.Ne(FieldPath.Parent, "SO-1"));
        AssertTranslation("{ _v: { $gt: NumberLong(1) } }", Filter.Gt(FieldPath.Version, 1));
        AssertTranslation("{ }", Filter.Exists(FieldPath.Type));
    }

    [Fact]
    public void In_maps_to_in() =>
        AssertTranslation($"{{ status: {{ $in: ['draft', 'cancelled'], {NotArray} }} }}", Filter.In("status", "draft", "cancelled"));

    [Fact]
    public void In_with_null_matches_the_explicit_null_separately() =>
        AssertTranslation(
            $"{{ $or: [{{ x: {{ $in: [NumberLong(1)], {NotArray} }} }}, {{ x: {{ $type: 'null', {NotArray} }} }}] }}",
            Filter.In("x", DocValue.Null, 1));

    [Fact]
    public void In_with_only_null_is_eq_null() =>
        AssertTranslation("{ status: { $type: 'null' } }", Filter.In("status", DocValue.Null), Declared);

    [Fact]
    public void Empty_in_matches_nothing() =>
        AssertTranslation("{ status: { $in: [] } }", Filter.In("status"));

    [Fact]
    public void In_with_dates_lists_tagged_sub_documents() =>
        AssertTranslation("{ on: { $in: [{ _date: '2024-01-01' }] } }", Filter.In("on", new DateOnly(2024, 1, 1)), Declared);

    [Fact]
    public void Exists_matches_a_present_field_null_included()
    {
        AssertTranslation("{ x: { $exists: true } }", Filter.Exists("x"));
        AssertTranslation($"{{ $and: [{{ customer: {{ {NotArray} }} }}, {{ 'customer.city': {{ $exists: true }} }}] }}", Filter.Exists("customer.city"));
        AssertTranslation("{ $nor: [{ 'customer.city': { $exists: true } }] }", !Filter.Exists("customer.city"), Declared);
    }

    [Fact]
    public void String_matches_are_anchored_escaped_regular_expressions()
    {
        var startsWith = FilterTranslator.Translate(Filter.StartsWith("s", "50%", ignoreCase: true), Undeclared);
        var endsWith = FilterTranslator.Translate(Filter.EndsWith("s", "x_y"), Undeclared);
        var contains = FilterTranslator.Translate(Filter.Contains("s", "% off (a.b)*"), Undeclared);

        BsonAssert.Equal(new BsonDocument { { "$regex", new BsonRegularExpression(@"^50\%", "i") }, { "$not", new BsonDocument("$type", "array") } }, startsWith["s"]);
        BsonAssert.Equal(new BsonRegularExpression(@"x_y\z", string.Empty), endsWith["s"]["$regex"]);
        BsonAssert.Equal(new BsonRegularExpression(@"\% off \(a\.b\)\*", string.Empty), contains["s"]["$regex"]);
    }

    [Fact]
    public void And_or_and_not_map_to_logical_operators()
    {
        AssertTranslation(
            "{ $and: [{ status: { $eq: 'a' } }, { status: { $ne: 'b' } }] }",
            Filter.Eq("status", "a") & Filter.Ne("status", "b"),
            Declared);
        AssertTranslation(
            "{ $or: [{ status: { $eq: 'a' } }, { 'customer.city': { $exists: true } }] }",
            Filter.Eq("status", "a") | Filter.Exists("customer.city"),
            Declared);
        AssertTranslation(
            "{ $nor: [{ $or: [{ status: { $eq: 'a' } }, { status: { $eq: 'b' } }] }] }",
            !(Filter.Eq("status", "a") | Filter.Eq("status", "b")),
            Declared);
    }

    [Fact]
    public void Not_of_eq_is_ne_and_double_negation_cancels()
    {
        AssertTranslation("{ status: { $ne: 'a' } }", !Filter.Eq("status", "a"), Declared);
        AssertTranslation("{ status: { $eq: 'a' } }", !Filter.Ne("status", "a"), Declared);
        AssertTranslation("{ x: { $exists: true } }", !!Filter.Exists("x"));
    }

    [Fact]
    public void Empty_and_matches_everything_and_empty_or_matches_nothing()
    {
        AssertTranslation("{ }", Filter.All);
        AssertTranslation("{ _id: { $in: [] } }", Filter.Or());
        AssertTranslation("{ _id: { $in: [] } }", !Filter.All);
        AssertTranslation("{ }", !Filter.Or());
        AssertTranslation("{ _id: { $in: [] } }", Filter.Exists("x") & Filter.Or());
        AssertTranslation("{ }", Filter.Exists("x") | Filter.All);
    }

    [Fact]
    public void AnyElement_without_condition_matches_non_empty_arrays()
    {
        AssertTranslation("{ 'lines.0': { $exists: true } }", Filter.AnyElement("lines"));
        AssertTranslation($"{{ $and: [{{ order: {{ {NotArray} }} }}, {{ 'order.lines.0': {{ $exists: true }} }}] }}", Filter.AnyElement("order.lines"));
        AssertTranslation("{ $nor: [{ 'lines.0': { $exists: true } }] }", !Filter.AnyElement("lines"));
    }

    [Fact]
    public void AnyElement_over_properties_of_the_element_is_a_query_form_elem_match() =>
        AssertTranslation(
            $"{{ lines: {{ $elemMatch: {{ $and: [{{ sku: {{ $eq: 'A', {NotArray} }} }}, {{ amount: {{ $gt: NumberLong(100), {NotArray} }} }}] }} }} }}",
            Filter.AnyElement("lines", Filter.Eq("sku", "A") & Filter.Gt("amount", 100)));

    [Fact]
    public void AnyElement_paths_inside_the_element_are_guarded_like_document_paths() =>
        AssertTranslation(
            $"{{ lines: {{ $elemMatch: {{ $and: [{{ item: {{ {NotArray} }} }}, {{ 'item.sku': {{ $in: ['A', 'Z'], {NotArray} }} }}] }} }} }}",
            Filter.AnyElement("lines", Filter.In("item.sku", "A", "Z")));

    [Fact]
    public void AnyElement_over_the_element_itself_is_a_value_form_elem_match()
    {
        AssertTranslation("{ tags: { $elemMatch: { $eq: 'export' } } }", Filter.AnyElement("tags", Filter.Eq(FieldPath.Element, "export")));
        AssertTranslation("{ tags: { $elemMatch: { $type: 'null' } } }", Filter.AnyElement("tags", Filter.Eq(FieldPath.Element, DocValue.Null)));
        AssertTranslation("{ tags: { $elemMatch: { $not: { $eq: 'a' } } } }", Filter.AnyElement("tags", Filter.Ne(FieldPath.Element, "a")));
        AssertTranslation("{ tags: { $elemMatch: { $in: [null, NumberLong(1)] } } }", Filter.AnyElement("tags", Filter.In(FieldPath.Element, DocValue.Null, 1)));
        AssertTranslation(
            "{ n: { $elemMatch: { $gt: NumberLong(1), $lt: NumberLong(5) } } }",
            Filter.AnyElement("n", Filter.Gt(FieldPath.Element, 1) & Filter.Lt(FieldPath.Element, 5)));
        var regex = FilterTranslator.Translate(Filter.AnyElement("tags", Filter.StartsWith(FieldPath.Element, "URG", ignoreCase: true)), Undeclared);
        BsonAssert.Equal(new BsonRegularExpression("^URG", "i"), regex["tags"]["$elemMatch"]["$regex"]);
    }

    [Fact]
    public void AnyElement_with_or_over_the_element_becomes_one_elem_match_per_branch() =>
        AssertTranslation(
            "{ $or: [{ tags: { $elemMatch: { $eq: 'a' } } }, { tags: { $elemMatch: { $eq: 'b' } } }, { tags: { $elemMatch: { x: { $eq: NumberLong(1), $not: { $type: 'array' } } } } }] }",
            Filter.AnyElement("tags", Filter.Eq(FieldPath.Element, "a") | Filter.Eq(FieldPath.Element, "b") | Filter.Eq("x", 1)),
            Declared);

    [Fact]
    public void AnyElement_pushes_negations_down_to_the_element_conditions() =>
        AssertTranslation(
            "{ $or: [{ n: { $elemMatch: { $not: { $gt: NumberLong(1) } } } }, { n: { $elemMatch: { $not: { $lt: NumberLong(5) } } } }] }",
            Filter.AnyElement("n", !(Filter.Gt(FieldPath.Element, 1) & Filter.Lt(FieldPath.Element, 5))));

    [Fact]
    public void AnyElement_repeating_an_operator_on_the_element_keeps_both()
    {
        var translated = FilterTranslator.Translate(Filter.AnyElement("n", Filter.Gt(FieldPath.Element, 1) & Filter.Gt(FieldPath.Element, 3)), Undeclared);

        var operators = translated["n"]["$elemMatch"].AsBsonDocument;
        Assert.Equal(["$gt", "$gt"], operators.Names);
        Assert.Equal([new BsonInt64(1), new BsonInt64(3)], operators.Values);
    }

    [Fact]
    public void AnyElement_conditions_that_are_always_true_or_false_simplify()
    {
        AssertTranslation("{ 'tags.0': { $exists: true } }", Filter.AnyElement("tags", Filter.Exists(FieldPath.Element)));
        AssertTranslation("{ 'tags.0': { $exists: true } }", Filter.AnyElement("tags", Filter.All));
        AssertTranslation("{ _id: { $in: [] } }", Filter.AnyElement("tags", !Filter.Exists(FieldPath.Element)));
        AssertTranslation("{ _id: { $in: [] } }", Filter.AnyElement("tags", Filter.In(FieldPath.Element)));
        AssertTranslation("{ _id: { $in: [] } }", Filter.AnyElement("tags", Filter.Or()));
    }

    [Fact]
    public void AnyElement_nests_inside_AnyElement()
    {
        AssertTranslation(
            "{ groups: { $elemMatch: { members: { $elemMatch: { $eq: 'cid' } } } } }",
            Filter.AnyElement("groups", Filter.AnyElement("members", Filter.Eq(FieldPath.Element, "cid"))));
        AssertTranslation(
            "{ matrix: { $elemMatch: { $elemMatch: { $eq: NumberLong(1) } } } }",
            Filter.AnyElement("matrix", Filter.AnyElement(FieldPath.Element, Filter.Eq(FieldPath.Element, 1))));
        AssertTranslation(
            "{ matrix: { $elemMatch: { $type: 'array', $not: { $size: 0 } } } }",
            Filter.AnyElement("matrix", Filter.AnyElement(FieldPath.Element)));
    }

    [Fact]
    public void AnyElement_testing_the_element_and_its_properties_in_one_and_is_refused()
    {
        var ex = Assert.Throws<InvalidFilterException>(() =>
            FilterTranslator.Translate(Filter.AnyElement("x", Filter.Eq(FieldPath.Element, 1) & Filter.Eq("a", 2)), Undeclared));

        Assert.Equal("(element)", ex.Field);
        Assert.Equal("items", ex.Collection);
    }

    [Fact]
    public void AnyElement_that_expands_past_the_branch_limit_is_refused()
    {
        var wide = Filter.Or([.. Enumerable.Range(0, 20).Select(i => Filter.Eq(FieldPath.Element, i))]);

        var ex = Assert.Throws<InvalidFilterException>(() =>
            FilterTranslator.Translate(Filter.AnyElement("x", wide & wide), Undeclared));

        Assert.Contains(FilterTranslator.MaxElementBranches.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_typed_bson_never_spliced_text()
    {
        var translated = FilterTranslator.Translate(Filter.Eq("s", "'); db.dropDatabase(); ('") & Filter.Eq("t", "$where"), Declared);

        Assert.Equal("'); db.dropDatabase(); ('", translated["$and"][0]["s"]["$eq"].AsString);
        Assert.Equal("$where", translated["$and"][1]["t"]["$eq"].AsString);
    }

    [Fact]
    public void Keyset_filter_of_a_continuation_token_translates_to_typed_comparisons()
    {
        // Arrange
        var collection = new CollectionDefinition("items").WithField("rank", ValueKind.Decimal);
        var query = new Query().OrderBy(SortField.Asc("rank"));
        var firstPage = QueryPlan.Create(query.Page(1), collection).Complete(
        [
            new ErpCode.Core.Storage.Documents.StoredDocument("A", null, null, 1, DocumentValue.Create(("rank", 1.5m))),
            new ErpCode.Core.Storage.Documents.StoredDocument("B", null, null, 1, DocumentValue.Create(("rank", 2m))),
        ]);
        var plan = QueryPlan.Create(query.Page(1, firstPage.ContinuationToken), collection);

        // Act
        var translated = FilterTranslator.Translate(plan.Filter, collection);

        // Assert
        BsonAssert.Equal(
            "{ $or: [{ rank: { $gt: NumberDecimal('1.5') } }, { $and: [{ rank: { $eq: NumberDecimal('1.5') } }, { _id: { $gt: 'A' } }] }] }",
            translated);
    }
}
