using System.Text;
using System.Text.Json;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Values;

public sealed class TypedJsonTests
{
    public static TheoryData<DocValue, string> ScalarForms => new()
    {
        { DocValue.Null, "null" },
        { BoolValue.True, "true" },
        { BoolValue.False, "false" },
        { new Int64Value(0), "0" },
        { new Int64Value(long.MinValue), "-9223372036854775808" },
        { new Int64Value(long.MaxValue), "9223372036854775807" },
        { new StringValue("plain"), "\"plain\"" },
        { new DecimalValue(12.50m), "{\"_decimal\":\"12.50\"}" },
        { new DecimalValue(-3m), "{\"_decimal\":\"-3\"}" },
        { new DateTimeValue(new DateTime(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc)), "{\"_datetime\":\"2024-03-01T09:30:00.000Z\"}" },
        { new DateValue(new DateOnly(2024, 3, 1)), "{\"_date\":\"2024-03-01\"}" },
        { ArrayValue.Empty, "[]" },
        { DocumentValue.Empty, "{}" },
    };

    public static TheoryData<DocValue> RoundTripValues => new()
    {
        DocValue.Null,
        BoolValue.True,
        BoolValue.False,
        new Int64Value(-42),
        new Int64Value(long.MaxValue),
        new Int64Value(long.MinValue),
        new StringValue(string.Empty),
        new StringValue("quote \" backslash \\ slash / tab \t newline \n nul \u0000"),
        new StringValue("emoji 😀👍🏽 and flags 🇫🇷"),
        new StringValue("CJK 日本語 中文 한국어"),
        new StringValue("combining e\u0301 a\u0308 and precomposed \u00e9"),
        new StringValue("right-to-left \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"),
        new StringValue("{\"_decimal\":\"1\"}"),
        new StringValue("_decimal"),
        new DecimalValue(0m),
        new DecimalValue(1.50m),
        new DecimalValue(decimal.MaxValue),
        new DecimalValue(decimal.MinValue),
        new DecimalValue(0.0000000000000000000000000001m),
        new DecimalValue(-0.0000000000000000000000000001m),
        new DecimalValue(1.0000000000000000000000000000m),
        new DateTimeValue(new DateTime(2024, 3, 1, 9, 30, 0, 123, DateTimeKind.Utc)),
        new DateTimeValue(DateTimeOffset.MinValue),
        new DateTimeValue(DateTimeOffset.MaxValue),
        new DateTimeValue(new DateTimeOffset(2024, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(-11))),
        new DateValue(DateOnly.MinValue),
        new DateValue(DateOnly.MaxValue),
        new DateValue(new DateOnly(2024, 2, 29)),
        ArrayValue.Empty,
        new ArrayValue(1, "two", 3.00m, DocValue.Null, new ArrayValue(new DocValue[] { ArrayValue.Empty }), DocumentValue.Empty),
        DocumentValue.Empty,
        DocumentValue.Create(
            ("order", DocumentValue.Create(
                ("lines", new ArrayValue(
                    DocumentValue.Create(("sku", "A-1"), ("qty", 2), ("price", 9.90m)),
                    DocumentValue.Create(("sku", "B-2"), ("qty", 1), ("price", 100m)))),
                ("date", new DateOnly(2024, 3, 1)),
                ("placedAt", new DateTime(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc)),
                ("note", DocValue.Null))),
            ("paid", false)),
    };

    [Theory]
    [MemberData(nameof(ScalarForms))]
    public void Serialize_EachKind_WritesItsTypedForm(DocValue value, string expected)
    {
        Assert.Equal(expected, TypedJson.Serialize(value));
    }

    [Theory]
    [MemberData(nameof(RoundTripValues))]
    public void Deserialize_OfSerialize_GivesAnEqualValueOfTheSameKind(DocValue value)
    {
        // Act
        var back = TypedJson.Deserialize(TypedJson.SerializeToUtf8(value));

        // Assert
        Assert.Equal(value.Kind, back.Kind);
        ValueAssert.Equal(value, back);
        Assert.Equal(TypedJson.Serialize(value), TypedJson.Serialize(back));
    }

    [Fact]
    public void SerializeToUtf8_IsTheUtf8OfSerialize()
    {
        // Arrange
        var value = DocumentValue.Create(("text", "日本 😀"), ("n", 1.5m));

        // Act / Assert
        Assert.Equal(Encoding.UTF8.GetBytes(TypedJson.Serialize(value)), TypedJson.SerializeToUtf8(value));
    }

    [Theory]
    [InlineData("1.50", 2)]
    [InlineData("1.5", 1)]
    [InlineData("100", 0)]
    [InlineData("100.000", 3)]
    [InlineData("0.0000000000000000000000000001", 28)]
    [InlineData("79228162514264337593543950335", 0)]
    [InlineData("-79228162514264337593543950335", 0)]
    public void Decimal_RoundTrip_KeepsTextAndScale(string text, int scale)
    {
        // Arrange
        var value = new DecimalValue(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture));

        // Act
        var json = TypedJson.Serialize(value);
        var back = Assert.IsType<DecimalValue>(TypedJson.Deserialize(json));

        // Assert
        Assert.Equal($"{{\"_decimal\":\"{text}\"}}", json);
        Assert.Equal(scale, back.Value.Scale);
        Assert.Equal(value.Value, back.Value);
        Assert.Equal(decimal.GetBits(value.Value), decimal.GetBits(back.Value));
    }

    [Fact]
    public void Deserialize_DecimalWithExponent_IsExact()
    {
        // Act
        var value = Assert.IsType<DecimalValue>(TypedJson.Deserialize("{\"_decimal\":\"1.25E2\"}"));

        // Assert
        Assert.Equal(125m, value.Value);
    }

    [Theory]
    [InlineData("{\"_datetime\":\"2024-03-01T09:30:00.000Z\"}", "2024-03-01T09:30:00.000Z")]
    [InlineData("{\"_datetime\":\"2024-03-01T09:30:00.000+02:00\"}", "2024-03-01T07:30:00.000Z")]
    [InlineData("{\"_datetime\":\"2024-03-01T09:30:00.000-05:30\"}", "2024-03-01T15:00:00.000Z")]
    [InlineData("{\"_datetime\":\"2024-03-01T00:30:00+14:00\"}", "2024-02-29T10:30:00.000Z")]
    [InlineData("{\"_datetime\":\"2024-03-01T09:30:00.1239999Z\"}", "2024-03-01T09:30:00.123Z")]
    [InlineData("{\"_datetime\":\"2024-03-01T09:30:00\"}", "2024-03-01T09:30:00.000Z")]
    public void Deserialize_DateTimeInAnyZone_IsTheUtcInstantToTheMillisecond(string json, string expectedUtc)
    {
        // Act
        var value = Assert.IsType<DateTimeValue>(TypedJson.Deserialize(json));

        // Assert
        Assert.Equal(expectedUtc, value.ToString());
        Assert.Equal(DateTimeKind.Utc, value.Value.Kind);
    }

    [Fact]
    public void Serialize_DateTimeGivenWithOffset_WritesUtc()
    {
        // Arrange
        var value = new DateTimeValue(new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.FromHours(5.5)));

        // Act / Assert
        Assert.Equal("{\"_datetime\":\"2024-03-01T04:00:00.000Z\"}", TypedJson.Serialize(value));
    }

    [Fact]
    public void Deserialize_NullVsMissing_AreDistinct()
    {
        // Act
        var withNull = Assert.IsType<DocumentValue>(TypedJson.Deserialize("{\"a\":null}"));
        var without = Assert.IsType<DocumentValue>(TypedJson.Deserialize("{}"));

        // Assert
        Assert.True(withNull.TryGet("a", out var a));
        Assert.Same(NullValue.Instance, a);
        Assert.False(without.Contains("a"));
        ValueAssert.NotEqual(withNull, without);
    }

    [Fact]
    public void Deserialize_UntaggedFraction_IsAnExactDecimal()
    {
        // Act
        var value = Assert.IsType<DecimalValue>(TypedJson.Deserialize("0.10"));

        // Assert
        Assert.Equal(0.10m, value.Value);
        Assert.Equal(2, value.Value.Scale);
    }

    [Fact]
    public void Deserialize_IntegerBeyondInt64_IsADecimal()
    {
        // Act
        var value = Assert.IsType<DecimalValue>(TypedJson.Deserialize("9223372036854775808"));

        // Assert
        Assert.Equal(9223372036854775808m, value.Value);
    }

    [Fact]
    public void Deserialize_Integer_IsAnInt64()
    {
        Assert.Equal(new Int64Value(-17), TypedJson.Deserialize("-17"));
    }

    [Fact]
    public void Deserialize_PropertyOrder_IsKept()
    {
        // Act
        var doc = Assert.IsType<DocumentValue>(TypedJson.Deserialize("{\"z\":1,\"a\":2,\"m\":3}"));

        // Assert
        Assert.Equal(["z", "a", "m"], doc.Names);
        Assert.Equal("{\"z\":1,\"a\":2,\"m\":3}", TypedJson.Serialize(doc));
    }

    [Fact]
    public void Deserialize_WhitespaceAroundTheValue_IsAllowed()
    {
        Assert.Equal(new Int64Value(1), TypedJson.Deserialize("  \n\t1 \r\n"));
    }

    [Fact]
    public void Deserialize_EscapedUnicode_IsDecoded()
    {
        Assert.Equal(new StringValue("é😀"), TypedJson.Deserialize("\"\\u00e9\\ud83d\\ude00\""));
    }

    [Fact]
    public void Read_LeavesTheReaderOnTheValuesLastToken()
    {
        // Arrange
        var reader = new Utf8JsonReader("[{\"_decimal\":\"1.5\"},{\"a\":[1]},7]"u8);
        reader.Read();
        reader.Read();

        // Act
        var first = TypedJson.Read(ref reader);
        reader.Read();
        var second = TypedJson.Read(ref reader);
        reader.Read();
        var third = TypedJson.Read(ref reader);

        // Assert
        Assert.Equal(new DecimalValue(1.5m), first);
        ValueAssert.Equal(DocumentValue.Create(("a", new ArrayValue(1))), second);
        Assert.Equal(new Int64Value(7), third);
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
    }

    [Fact]
    public void Write_WritesIntoAnEnclosingWriter()
    {
        // Arrange
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("v");

            // Act
            TypedJson.Write(writer, new DateValue(new DateOnly(2024, 1, 2)));
            writer.WriteEndObject();
        }

        // Assert
        Assert.Equal("{\"v\":{\"_date\":\"2024-01-02\"}}", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
