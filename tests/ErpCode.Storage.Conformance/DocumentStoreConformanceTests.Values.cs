using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using Xunit;

namespace ErpCode.Storage.Conformance;

public abstract partial class DocumentStoreConformanceTests
{
    [Fact]
    public async Task Every_value_kind_reads_back_as_written()
    {
        var items = await CollectionAsync();
        var body = Body(
            ("text", "héllo 世界 👋"),
            ("empty", ""),
            ("flag", true),
            ("off", false),
            ("count", long.MaxValue),
            ("negative", long.MinValue),
            ("money", 1234.50m),
            ("when", new DateTime(2024, 2, 29, 23, 59, 58, 123, DateTimeKind.Utc)),
            ("day", new DateOnly(1999, 12, 31)),
            ("nothing", DocValue.Null),
            ("list", new ArrayValue(1, "two", 3.5m, DocValue.Null, new ArrayValue(), Body(("k", "v")))),
            ("nested", Body(("deeper", Body(("deepest", new DateOnly(2000, 1, 1)))))));
        await items.InsertAsync(new ErpCode.Core.Storage.Documents.NewDocument("A", body), Ct);

        var read = (await items.GetAsync("A", Ct)).Body;

        Assert.Equal(body, read);
        Assert.Equal("1234.50", read["money"].ToString());
        Assert.Equal(ValueKind.Date, ((DocumentValue)((DocumentValue)read["nested"])["deeper"])["deepest"].Kind);
        Assert.Equal(ValueKind.Null, read["nothing"].Kind);
    }

    [Fact]
    public async Task Decimals_keep_every_digit_and_their_scale()
    {
        var items = await CollectionAsync();
        decimal[] values =
        [
            0.1m, 0.2m, 0.30m, 79228162514264337593543950335m, -79228162514264337593543950335m,
            0.0000000000000000000000000001m, 1.0000000000000000000000000001m, 123456789012345678.0123456789m, 100.00m,
        ];
        await items.InsertManyAsync(values.Select((v, i) => Doc($"D{i}", ("amount", v))), Ct);

        for (var i = 0; i < values.Length; i++)
        {
            var read = (DecimalValue)(await items.GetAsync($"D{i}", Ct)).Body["amount"];
            Assert.Equal(values[i], read.Value);
            Assert.Equal(values[i].Scale, read.Value.Scale);
        }

        Assert.Equal(["D0"], await IdsAsync(items, Query.Where(Filter.Eq("amount", 0.1m))));
        Assert.Equal(["D6"], await IdsAsync(items, Query.Where(Filter.Gt("amount", 1m) & Filter.Lt("amount", 1.000000000000000000000000001m))));
        Assert.Equal(["D2"], await IdsAsync(items, Query.Where(Filter.Eq("amount", 0.3m))));
        Assert.Equal(["D8"], await IdsAsync(items, Query.Where(Filter.Eq("amount", 100))));
    }

    [Fact]
    public async Task Decimals_and_integers_sort_together_by_exact_value()
    {
        var items = await CollectionAsync();
        DocValue[] values = [10, -0.5m, 0.1m, 0.0999999999999999999999999999m, -3, 0, 2.5m, 100000000000000000000m, -0.50000000000000000000000001m];
        await items.InsertManyAsync(values.Select((v, i) => Doc($"V{i}", ("x", v))), Ct);

        var ascending = await IdsAsync(items, new Query().OrderBy(SortField.Asc("x")));
        var descending = await IdsAsync(items, new Query().OrderBy(SortField.Desc("x")));

        Assert.Equal(["V4", "V8", "V1", "V5", "V3", "V2", "V6", "V0", "V7"], ascending);
        Assert.Equal(Enumerable.Reverse(ascending), descending);
    }

    [Fact]
    public async Task Explicit_null_is_distinct_from_a_missing_property()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("null", ("x", DocValue.Null)), Ct);
        await items.InsertAsync(Doc("missing"), Ct);
        await items.InsertAsync(Doc("value", ("x", 1)), Ct);

        Assert.Equal(["null"], await IdsAsync(items, Query.Where(Filter.Eq("x", DocValue.Null))));
        Assert.Equal(["missing", "value"], await IdsAsync(items, Query.Where(Filter.Ne("x", DocValue.Null))));
        Assert.Equal(["null", "value"], await IdsAsync(items, Query.Where(Filter.Exists("x"))));
        Assert.Equal(["missing"], await IdsAsync(items, Query.Where(!Filter.Exists("x"))));
        Assert.Equal(["missing", "null"], await IdsAsync(items, Query.Where(Filter.Ne("x", 1))));
        Assert.True((await items.GetAsync("null", Ct)).Body.Contains("x"));
        Assert.False((await items.GetAsync("missing", Ct)).Body.Contains("x"));
    }

    [Fact]
    public async Task Missing_and_null_sort_before_every_value()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("b-value", ("x", "a")), Ct);
        await items.InsertAsync(Doc("c-null", ("x", DocValue.Null)), Ct);
        await items.InsertAsync(Doc("a-missing"), Ct);

        Assert.Equal(["a-missing", "c-null", "b-value"], await IdsAsync(items, new Query().OrderBy(SortField.Asc("x"))));
        Assert.Equal(["b-value", "c-null", "a-missing"], await IdsAsync(items, new Query().OrderBy(SortField.Desc("x"))));
    }

    [Fact]
    public async Task Date_times_given_in_any_time_zone_compare_as_instants()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("paris", ("at", new DateTimeOffset(2024, 3, 31, 12, 0, 0, TimeSpan.FromHours(2)))), Ct);
        await items.InsertAsync(Doc("utc", ("at", new DateTime(2024, 3, 31, 10, 30, 0, DateTimeKind.Utc))), Ct);
        await items.InsertAsync(Doc("newyork", ("at", new DateTimeOffset(2024, 3, 31, 5, 0, 0, TimeSpan.FromHours(-4)))), Ct);

        var equalToTenUtc = await IdsAsync(items, Query.Where(Filter.Eq("at", new DateTimeOffset(2024, 3, 31, 19, 0, 0, TimeSpan.FromHours(9)))));
        var byInstant = await IdsAsync(items, new Query().OrderBy(SortField.Asc("at")));
        var afterTen = await IdsAsync(items, Query.Where(Filter.Gt("at", new DateTime(2024, 3, 31, 10, 0, 0, DateTimeKind.Utc))));
        var read = (DateTimeValue)(await items.GetAsync("paris", Ct)).Body["at"];

        Assert.Equal(["paris"], equalToTenUtc);
        Assert.Equal(["newyork", "paris", "utc"], byInstant);
        Assert.Equal(["utc"], afterTen);
        Assert.Equal(new DateTime(2024, 3, 31, 10, 0, 0, DateTimeKind.Utc), read.Value);
        Assert.Equal(DateTimeKind.Utc, read.Value.Kind);
    }

    [Fact]
    public async Task Dates_compare_and_sort_as_calendar_days()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("y2k", ("on", new DateOnly(2000, 1, 1))), Ct);
        await items.InsertAsync(Doc("old", ("on", new DateOnly(999, 12, 31))), Ct);
        await items.InsertAsync(Doc("leap", ("on", new DateOnly(2024, 2, 29))), Ct);

        Assert.Equal(["old", "y2k", "leap"], await IdsAsync(items, new Query().OrderBy(SortField.Asc("on"))));
        Assert.Equal(["leap", "y2k"], await IdsAsync(items, Query.Where(Filter.Ge("on", new DateOnly(2000, 1, 1)))));
        Assert.Equal(["leap"], await IdsAsync(items, Query.Where(Filter.Eq("on", new DateOnly(2024, 2, 29)))));
    }

    [Fact]
    public async Task Strings_compare_by_code_point_and_match_unicode_case_insensitively()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("de", ("name", "ÄRGER im Büro")), Ct);
        await items.InsertAsync(Doc("ru", ("name", "МОСКВА")), Ct);
        await items.InsertAsync(Doc("fr", ("name", "École")), Ct);
        await items.InsertAsync(Doc("emoji", ("name", "😀 smile")), Ct);
        await items.InsertAsync(Doc("cjk", ("name", "東京")), Ct);
        await items.InsertAsync(Doc("ascii", ("name", "abc")), Ct);

        Assert.Equal(["de"], await IdsAsync(items, Query.Where(Filter.StartsWith("name", "ärger", ignoreCase: true))));
        Assert.Empty(await IdsAsync(items, Query.Where(Filter.StartsWith("name", "ärger"))));
        Assert.Equal(["ru"], await IdsAsync(items, Query.Where(Filter.Contains("name", "оскв", ignoreCase: true))));
        Assert.Equal(["de"], await IdsAsync(items, Query.Where(Filter.EndsWith("name", "BÜRO", ignoreCase: true))));
        Assert.Equal(["fr"], await IdsAsync(items, Query.Where(Filter.Eq("name", "École"))));
        Assert.Equal(["emoji"], await IdsAsync(items, Query.Where(Filter.StartsWith("name", "😀"))));
        Assert.Equal(["cjk"], await IdsAsync(items, Query.Where(Filter.Contains("name", "京"))));
        Assert.Equal(
            ["ascii", "de", "fr", "ru", "cjk", "emoji"],
            await IdsAsync(items, new Query().OrderBy(SortField.Asc("name"))));
    }

    [Fact]
    public async Task String_matching_treats_pattern_characters_literally()
    {
        var items = await CollectionAsync();
        await items.InsertAsync(Doc("a", ("s", "50% off (a.b)*")), Ct);
        await items.InsertAsync(Doc("b", ("s", "500 offers")), Ct);
        await items.InsertAsync(Doc("c", ("s", "x_y")), Ct);
        await items.InsertAsync(Doc("d", ("s", "xzy")), Ct);

        Assert.Equal(["a"], await IdsAsync(items, Query.Where(Filter.Contains("s", "% off (a.b)*"))));
        Assert.Equal(["a"], await IdsAsync(items, Query.Where(Filter.StartsWith("s", "50%", ignoreCase: true))));
        Assert.Equal(["c"], await IdsAsync(items, Query.Where(Filter.Contains("s", "_"))));
        Assert.Equal(["c"], await IdsAsync(items, Query.Where(Filter.EndsWith("s", "x_y", ignoreCase: true))));
    }
}
