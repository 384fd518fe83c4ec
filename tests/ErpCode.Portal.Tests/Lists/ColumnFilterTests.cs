using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;
using ErpCode.Portal.Lists;

namespace ErpCode.Portal.Tests.Lists;

public sealed class ColumnFilterTests
{
    private static readonly ListColumn Customer = new("Customer", "Customer", ColumnKind.Property, PropertyType.Reference, FieldPath.Parse("Customer"), FilterKind.Text, []);
    private static readonly ListColumn Total = new("Total", "Total", ColumnKind.Property, PropertyType.Money, FieldPath.Parse("Total.Amount"), FilterKind.Number, []);
    private static readonly ListColumn OrderDate = new("OrderDate", "Order date", ColumnKind.Property, PropertyType.Date, FieldPath.Parse("OrderDate"), FilterKind.Date, []);
    private static readonly ListColumn Created = new("CreatedAt", "Created", ColumnKind.Stamp, PropertyType.DateTime, FieldPath.Parse("CreatedAt"), FilterKind.DateTime, []);
    private static readonly ListColumn State = new("OrderState", "State", ColumnKind.State, null, FieldPath.Parse("OrderState"), FilterKind.Choice, [new("draft", "Draft"), new("confirmed", "Confirmed")], "draft");

    [Fact]
    public void Text_matches_values_containing_it_whatever_the_case() =>
        Assert.Equal(Filter.Contains("Customer", "acme", ignoreCase: true), ColumnFilter.Parse(Customer, "  acme ").Filter);

    [Fact]
    public void A_money_column_compares_its_amount_with_the_operator_given() =>
        Assert.Equal(Filter.Ge("Total.Amount", 99.5m), ColumnFilter.Parse(Total, ">= 99.5").Filter);

    [Fact]
    public void A_date_without_operator_is_equality_and_a_bad_date_says_the_format()
    {
        Assert.Equal(Filter.Eq("OrderDate", new DateOnly(2026, 3, 2)), ColumnFilter.Parse(OrderDate, "2026-03-02").Filter);
        var (filter, error) = ColumnFilter.Parse(OrderDate, "2 March");
        Assert.Null(filter);
        Assert.Contains("yyyy-MM-dd", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_instant_column_given_a_day_matches_that_whole_day_in_UTC()
    {
        var day = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
        AssertSame(Filter.And(Filter.Ge("CreatedAt", day), Filter.Lt("CreatedAt", day.AddDays(1))), ColumnFilter.Parse(Created, "2026-03-02").Filter);
        Assert.Equal(Filter.Ge("CreatedAt", day.AddDays(1)), ColumnFilter.Parse(Created, "> 2026-03-02").Filter);
    }

    [Fact]
    public void The_initial_state_also_matches_documents_that_never_changed_state()
    {
        AssertSame(Filter.Or(Filter.Eq("OrderState", "draft"), Filter.Not(Filter.Exists("OrderState"))), ColumnFilter.Parse(State, "draft").Filter);
        Assert.Equal(Filter.Eq("OrderState", "confirmed"), ColumnFilter.Parse(State, "confirmed").Filter);
        Assert.NotNull(ColumnFilter.Parse(State, "shipped").Error);
    }

    [Fact]
    public void Blank_text_is_no_filter_and_a_number_column_refuses_words()
    {
        Assert.Equal((null, null), ColumnFilter.Parse(Total, " "));
        Assert.StartsWith("Enter a number", ColumnFilter.Parse(Total, "lots").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_query_ands_the_column_filters_and_sorts_by_the_column_s_stored_field()
    {
        var query = new ListQuery([Customer, Total]);
        query.SetFilter("Customer", "acme");
        query.SetFilter("Total", "< 100");
        query.ToggleSort("Total");
        query.ToggleSort("Total");

        var built = query.Build(10, null);

        AssertSame(Filter.And(Filter.Contains("Customer", "acme", ignoreCase: true), Filter.Lt("Total.Amount", 100m)), built.Filter);
        Assert.Equal([new SortField(FieldPath.Parse("Total.Amount"), SortDirection.Descending)], built.Sort);
        Assert.Equal(10, built.Take);
    }

    /// <summary>Compares filters by structure (the records' arrays of inner filters compare by reference).</summary>
    private static void AssertSame(Filter expected, Filter? actual) => Assert.Equal(Text(expected), actual is null ? null : Text(actual));

    private static string Text(Filter filter) => filter switch
    {
        AndFilter and => "And(" + string.Join(", ", and.Filters.Select(Text)) + ")",
        OrFilter or => "Or(" + string.Join(", ", or.Filters.Select(Text)) + ")",
        NotFilter not => "Not(" + Text(not.Inner) + ")",
        ComparisonFilter c => $"{c.Field} {c.Operator} {c.Value.Kind}:{c.Value}",
        _ => filter.ToString(),
    };
}
