using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.TestSupport;

/// <summary>The reference evaluator and sort order that the paging tests rely on, checked against Filter.cs and SortField.cs.</summary>
public sealed class ReferenceSemanticsTests
{
    private static readonly StoredDocument Doc = new(
        "d1",
        null,
        "p-1",
        3,
        Docs.Body(("n", 5), ("m", 5.0m), ("s", "abc"), ("z", DocValue.Null), ("tags", new ArrayValue("red", "blue")), ("lines", new ArrayValue(Docs.Body(("qty", 2))))));

    [Theory]
    [InlineData("Eq n 5", true)]
    [InlineData("Eq n 5.0", true)]
    [InlineData("Eq m 5", true)]
    [InlineData("Eq z null", true)]
    [InlineData("Eq missing null", false)]
    [InlineData("Ne missing null", true)]
    [InlineData("Ne missing 5", true)]
    [InlineData("Ne z null", false)]
    [InlineData("Gt n 4.5", true)]
    [InlineData("Gt n \"a\"", false)]
    [InlineData("Lt s \"abd\"", true)]
    [InlineData("Gt s 1", false)]
    [InlineData("Eq s 1", false)]
    [InlineData("Eq _type null", true)]
    [InlineData("Eq _v 3", true)]
    public void Comparisons_FollowTheDocumentedSemantics(string spec, bool expected)
    {
        // Arrange
        var parts = spec.Split(' ');
        DocValue operand = parts[2] switch
        {
            "null" => DocValue.Null,
            var t when t.StartsWith('"') => t.Trim('"'),
            var t when t.Contains('.') => decimal.Parse(t, System.Globalization.CultureInfo.InvariantCulture),
            var t => long.Parse(t, System.Globalization.CultureInfo.InvariantCulture),
        };
        var filter = new ComparisonFilter(parts[1], Enum.Parse<ComparisonOperator>(parts[0]), operand);

        // Act / Assert
        Assert.Equal(expected, ReferenceFilter.Matches(filter, Doc));
    }

    [Fact]
    public void ExistsAnyElementAndStringMatch_FollowTheDocumentedSemantics()
    {
        Assert.True(ReferenceFilter.Matches(Filter.Exists("z"), Doc));
        Assert.False(ReferenceFilter.Matches(Filter.Exists("missing"), Doc));
        Assert.True(ReferenceFilter.Matches(Filter.AnyElement("tags", Filter.Eq(FieldPath.Element, "blue")), Doc));
        Assert.False(ReferenceFilter.Matches(Filter.AnyElement("tags", Filter.Eq(FieldPath.Element, "green")), Doc));
        Assert.True(ReferenceFilter.Matches(Filter.AnyElement("lines", Filter.Ge("qty", 2)), Doc));
        Assert.True(ReferenceFilter.Matches(Filter.AnyElement("tags"), Doc));
        Assert.False(ReferenceFilter.Matches(Filter.AnyElement("s"), Doc));
        Assert.True(ReferenceFilter.Matches(Filter.StartsWith("s", "AB", ignoreCase: true), Doc));
        Assert.False(ReferenceFilter.Matches(Filter.StartsWith("s", "AB"), Doc));
        Assert.True(ReferenceFilter.Matches(Filter.In("n", "x", 5.00m), Doc));
        Assert.True(ReferenceFilter.Matches(Filter.All, Doc));
        Assert.False(ReferenceFilter.Matches(Filter.Or(), Doc));
    }

    [Fact]
    public void Order_IsNullThenNumbersStringsDocumentsArraysBoolsDateTimesDates()
    {
        // Arrange
        DocValue?[] ascending =
        [
            null,
            new Int64Value(-3),
            new DecimalValue(1.5m),
            new Int64Value(2),
            new StringValue("B"),
            new StringValue("a"),
            new StringValue("\u00e9"),
            new StringValue("\ud83d\ude00"),
            DocumentValue.Empty,
            ArrayValue.Empty,
            BoolValue.False,
            BoolValue.True,
            new DateTimeValue(DateTimeOffset.MinValue),
            new DateValue(DateOnly.MinValue),
        ];

        // Act / Assert
        for (var i = 0; i + 1 < ascending.Length; i++)
        {
            Assert.True(ReferenceOrder.Compare(ascending[i], ascending[i + 1]) < 0, $"{ascending[i]} should sort before {ascending[i + 1]}");
        }

        Assert.Equal(0, ReferenceOrder.Compare(null, DocValue.Null));
        Assert.Equal(0, ReferenceOrder.Compare(new Int64Value(2), new DecimalValue(2.00m)));
    }

    [Fact]
    public void Order_StringsCompareByUtf8Bytes()
    {
        // U+FF61 is one UTF-16 unit above a surrogate, but its UTF-8 bytes sort below those of an emoji.
        Assert.True(ReferenceOrder.Compare(new StringValue("\uff61"), new StringValue("\ud83d\ude00")) < 0);
        Assert.True(string.CompareOrdinal("\uff61", "\ud83d\ude00") > 0);
    }
}
