using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;
using ErpCode.Core.Types.Definitions;
using static ErpCode.Core.Tests.Documents.Coercion.Coercing;

namespace ErpCode.Core.Tests.Documents.Coercion;

public sealed class ValueCoercionTests
{
    [Fact]
    public void Coerce_StringOnOneLine_IsKept()
    {
        ValueAssert.Equal(new StringValue("Ada Lovelace"), Accepted(PropertyType.String, "Ada Lovelace"));
    }

    [Theory]
    [InlineData("first\nsecond")]
    [InlineData("first\r\nsecond")]
    [InlineData("first\rsecond")]
    public void Coerce_StringWithALineBreak_IsRefusedPointingToText(string text)
    {
        Assert.Equal("must be on one line (use a Text property for several lines)", Refused(PropertyType.String, text));
    }

    [Fact]
    public void Coerce_TextOverSeveralLines_IsKept()
    {
        ValueAssert.Equal(new StringValue("first\nsecond"), Accepted(PropertyType.Text, "first\nsecond"));
    }

    [Theory]
    [InlineData(PropertyType.String, "5", "must be text on one line, not the number 5")]
    [InlineData(PropertyType.Text, "true", "must be text, not true")]
    [InlineData(PropertyType.Enum, "1", "must be one of its values (text), not the number 1")]
    [InlineData(PropertyType.Category, "[\"europe\"]", "must be a category path (text), not a list")]
    [InlineData(PropertyType.Reference, "{\"Id\": \"P-1\"}", "must be a document id (text), not an object")]
    [InlineData(PropertyType.Int, "null", "must be a whole number, not null")]
    public void Coerce_ValueOfAnotherKind_IsRefusedNamingWhatWasExpectedAndGiven(PropertyType type, string json, string expected)
    {
        Assert.Equal(expected, Refused(type, Json(json)));
    }

    [Theory]
    [InlineData(PropertyType.Enum, "draft")]
    [InlineData(PropertyType.Category, "europe/france")]
    [InlineData(PropertyType.Reference, "P-0001")]
    public void Coerce_TextForEnumCategoryOrReference_IsKeptAsText(PropertyType type, string text)
    {
        ValueAssert.Equal(new StringValue(text), Accepted(type, text));
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("\"42\"", 42)]
    [InlineData("\"-7\"", -7)]
    [InlineData("2.0", 2)]
    [InlineData("\"2.0\"", 2)]
    [InlineData("\"1e3\"", 1000)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Coerce_IntFromWholeNumberOrNumericText_GivesInt64(string json, long expected)
    {
        var result = Accepted(PropertyType.Int, Json(json));

        var int64 = Assert.IsType<Int64Value>(result);
        Assert.Equal(expected, int64.Value);
    }

    [Theory]
    [InlineData("1.5", "must be a whole number, not 1.5")]
    [InlineData("\"1.5\"", "must be a whole number, not 1.5")]
    [InlineData("\"abc\"", "must be a whole number, not the text 'abc'")]
    [InlineData("\" 42\"", "must be a whole number, not the text ' 42'")]
    [InlineData("\"1,000\"", "must be a whole number, not the text '1,000'")]
    [InlineData("true", "must be a whole number, not true")]
    public void Coerce_IntFromAFractionOrNonNumber_IsRefused(string json, string expected)
    {
        Assert.Equal(expected, Refused(PropertyType.Int, Json(json)));
    }

    [Fact]
    public void Coerce_IntBeyondInt64_IsRefused()
    {
        Assert.StartsWith("must be a whole number", Refused(PropertyType.Int, "9223372036854775808"));
    }

    [Fact]
    public void Coerce_DecimalFromInt64_GivesDecimalValue()
    {
        var result = Accepted(PropertyType.Decimal, 7L);

        Assert.Equal(7m, Assert.IsType<DecimalValue>(result).Value);
    }

    [Theory]
    [InlineData("\"12345678901234567.89\"", "12345678901234567.89")]
    [InlineData("12345678901234567.89", "12345678901234567.89")]
    [InlineData("\"1.50\"", "1.50")]
    [InlineData("\"-0.000001\"", "-0.000001")]
    [InlineData("\"1234567890.123456789012345678\"", "1234567890.123456789012345678")]
    public void Coerce_DecimalFromNumberOrText_KeepsEveryDigitAndTheScale(string json, string expected)
    {
        var result = Accepted(PropertyType.Decimal, Json(json));

        Assert.Equal(expected, Assert.IsType<DecimalValue>(result).ToString());
    }

    [Fact]
    public void Coerce_DecimalSumOfPointOneAndPointTwo_IsExactlyPointThree()
    {
        var sum = Assert.IsType<DecimalValue>(Accepted(PropertyType.Decimal, 0.1m)).Value + Assert.IsType<DecimalValue>(Accepted(PropertyType.Decimal, "0.2")).Value;

        Assert.Equal(0.3m, sum);
    }

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("\"ten\"")]
    [InlineData("false")]
    public void Coerce_DecimalFromNonNumber_IsRefused(string json)
    {
        Assert.StartsWith("must be a number, not ", Refused(PropertyType.Decimal, Json(json)));
    }

    [Fact]
    public void Coerce_BoolValue_IsKept()
    {
        Assert.Same(BoolValue.True, Accepted(PropertyType.Bool, true));
        Assert.Same(BoolValue.False, Accepted(PropertyType.Bool, false));
    }

    [Theory]
    [InlineData("\"true\"", "must be true or false, not the text 'true'")]
    [InlineData("1", "must be true or false, not the number 1")]
    public void Coerce_BoolFromTextOrNumber_IsRefused(string json, string expected)
    {
        Assert.Equal(expected, Refused(PropertyType.Bool, Json(json)));
    }

    [Fact]
    public void Coerce_DateFromIsoText_GivesDateValue()
    {
        var result = Accepted(PropertyType.Date, "2026-02-28");

        Assert.Equal(new DateOnly(2026, 2, 28), Assert.IsType<DateValue>(result).Value);
    }

    [Theory]
    [InlineData("28/02/2026")]
    [InlineData("2026-2-28")]
    [InlineData("2026-02-30")]
    [InlineData("2026-02-28T00:00:00Z")]
    public void Coerce_DateInAnotherFormat_IsRefusedNamingTheFormat(string text)
    {
        Assert.Equal($"must be a date (yyyy-MM-dd), not the text '{text}'", Refused(PropertyType.Date, text));
    }

    [Fact]
    public void Coerce_DateFromAnInstant_IsRefused()
    {
        var instant = new DateTime(2026, 2, 28, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal("must be a date (yyyy-MM-dd), not the date 2026-02-28T00:00:00.000Z", Refused(PropertyType.Date, instant));
    }

    [Theory]
    [InlineData("2026-02-28T09:30:00Z")]
    [InlineData("2026-02-28T10:30:00+01:00")]
    [InlineData("2026-02-28T04:30:00-05:00")]
    [InlineData("2026-02-28T09:30:00.000Z")]
    public void Coerce_DateTimeWithZOrOffset_GivesTheInstantInUtc(string text)
    {
        var result = Accepted(PropertyType.DateTime, text);

        var instant = Assert.IsType<DateTimeValue>(result);
        Assert.Equal(new DateTime(2026, 2, 28, 9, 30, 0, DateTimeKind.Utc), instant.Value);
        Assert.Equal(DateTimeKind.Utc, instant.Value.Kind);
    }

    [Theory]
    [InlineData("2026-02-28T09:30:00")]
    [InlineData("2026-02-28")]
    public void Coerce_DateTimeWithoutOffset_IsRefusedAskingForTheTimeZone(string text)
    {
        Assert.Equal($"must give its time zone ('Z' or an offset such as +01:00): '{text}'", Refused(PropertyType.DateTime, text));
    }

    [Fact]
    public void Coerce_DateTimeTextThatIsNoInstant_IsRefused()
    {
        Assert.Equal("must be an instant (ISO 8601 with offset), not the text 'yesterday Z'", Refused(PropertyType.DateTime, "yesterday Z"));
    }
}
