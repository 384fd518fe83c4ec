using ErpCode.Core.Storage.Values;
using ErpCode.Storage.Sqlite.Keys;

namespace ErpCode.Storage.Sqlite.Tests.Keys;

public class SortKeyTests
{
    private static int Compare(byte[] a, byte[] b) => a.AsSpan().SequenceCompareTo(b);

    [Fact]
    public void Number_keys_order_exactly_like_decimal_comparison()
    {
        var random = new Random(7);
        var values = new List<decimal> { 0m, -0m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 1m, -1m, long.MaxValue, long.MinValue };
        for (var i = 0; i < 2_000; i++)
        {
            var scale = (byte)random.Next(0, 29);
            var value = new decimal(random.Next(), random.Next(), random.Next(), random.Next(2) == 0, scale);
            values.Add(value);
        }

        foreach (var a in values.Take(200))
        {
            foreach (var b in values)
            {
                Assert.Equal(Math.Sign(a.CompareTo(b)), Math.Sign(Compare(SortKey.Encode(new DecimalValue(a)), SortKey.Encode(new DecimalValue(b)))));
            }
        }
    }

    [Fact]
    public void Integers_and_decimals_of_equal_value_have_equal_keys()
    {
        Assert.Equal(SortKey.Encode(new Int64Value(5)), SortKey.Encode(new DecimalValue(5.000m)));
        Assert.Equal(SortKey.Encode(new Int64Value(-12)), SortKey.Encode(new DecimalValue(-12.0m)));
        Assert.Equal(SortKey.Encode(new Int64Value(0)), SortKey.Encode(new DecimalValue(-0.00m)));
    }

    [Fact]
    public void Strings_order_by_utf8_bytes_which_is_code_point_order()
    {
        string[] ordered = ["", "A", "Z", "a", "ab", "b", "é", "ж", "東", "😀"];

        for (var i = 1; i < ordered.Length; i++)
        {
            Assert.True(Compare(SortKey.Encode(new StringValue(ordered[i - 1])), SortKey.Encode(new StringValue(ordered[i]))) < 0, $"{ordered[i - 1]} < {ordered[i]}");
        }
    }

    [Fact]
    public void Kinds_order_null_numbers_strings_documents_arrays_booleans_datetimes_dates()
    {
        DocValue[] ordered =
        [
            DocValue.Null, new DecimalValue(decimal.MaxValue), new StringValue("\uFFFF"), DocumentValue.Create(("a", 1)), new ArrayValue(1),
            BoolValue.False, BoolValue.True, new DateTimeValue(DateTime.MinValue.AddDays(1).ToUniversalTime()), new DateTimeValue(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            new DateValue(DateOnly.MinValue), new DateValue(DateOnly.MaxValue),
        ];

        for (var i = 1; i < ordered.Length; i++)
        {
            Assert.True(Compare(SortKey.Encode(ordered[i - 1]), SortKey.Encode(ordered[i])) < 0, $"{ordered[i - 1]} < {ordered[i]}");
        }
    }

    [Fact]
    public void A_missing_value_sorts_as_null()
    {
        Assert.Equal(SortKey.Encode(DocValue.Null), SortKey.EncodeJson(null));
        Assert.Equal(SortKey.Encode(new DecimalValue(1.50m)), SortKey.EncodeJson("{\"_decimal\":\"1.5\"}"u8.ToArray()));
    }
}
