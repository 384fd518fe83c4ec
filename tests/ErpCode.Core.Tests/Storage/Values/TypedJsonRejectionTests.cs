using System.Text.Json;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.Storage.Values;

/// <summary>Text that is not typed JSON is refused with <see cref="JsonException"/>, whatever is wrong with it.</summary>
public sealed class TypedJsonRejectionTests
{
    [Theory]
    [InlineData("{\"_money\":\"1.00\"}", "'_money' is not a known typed-value tag")]
    [InlineData("{\"_\":1}", "'_' is not a known typed-value tag")]
    [InlineData("{\"_id\":\"x\"}", "'_id' is not a known typed-value tag")]
    public void Deserialize_UnknownTag_ThrowsJsonExceptionNamingIt(string json, string messagePart)
    {
        // Act
        var ex = Assert.ThrowsAny<JsonException>(() => TypedJson.Deserialize(json));

        // Assert
        Assert.Contains(messagePart, ex.Message);
    }

    [Theory]
    [InlineData("{\"_decimal\":1.5}", "'_decimal' must hold a string")]
    [InlineData("{\"_decimal\":null}", "'_decimal' must hold a string")]
    [InlineData("{\"_date\":[\"2024-03-01\"]}", "'_date' must hold a string")]
    [InlineData("{\"_datetime\":{}}", "'_datetime' must hold a string")]
    [InlineData("{\"_decimal\":\"1.5\",\"x\":1}", "'_decimal' must be the only property")]
    [InlineData("{\"_date\":\"2024-03-01\",\"_date\":\"2024-03-02\"}", "'_date' must be the only property")]
    public void Deserialize_MalformedTaggedValue_ThrowsJsonException(string json, string messagePart)
    {
        // Act
        var ex = Assert.ThrowsAny<JsonException>(() => TypedJson.Deserialize(json));

        // Assert
        Assert.Contains(messagePart, ex.Message);
    }

    [Theory]
    [InlineData("{\"_decimal\":\"abc\"}", typeof(FormatException))]
    [InlineData("{\"_decimal\":\"\"}", typeof(FormatException))]
    [InlineData("{\"_decimal\":\"1e400\"}", typeof(OverflowException))]
    [InlineData("{\"_decimal\":\"79228162514264337593543950336\"}", typeof(OverflowException))]
    [InlineData("{\"_date\":\"2024-02-30\"}", typeof(FormatException))]
    [InlineData("{\"_date\":\"01/03/2024\"}", typeof(FormatException))]
    [InlineData("{\"_date\":\"2024-03-01T00:00:00Z\"}", typeof(FormatException))]
    [InlineData("{\"_datetime\":\"not a time\"}", typeof(FormatException))]
    [InlineData("{\"_datetime\":\"2024-13-01T00:00:00Z\"}", typeof(FormatException))]
    public void Deserialize_TaggedTextThatDoesNotParse_ThrowsJsonExceptionQuotingIt(string json, Type innerType)
    {
        // Act
        var ex = Assert.ThrowsAny<JsonException>(() => TypedJson.Deserialize(json));

        // Assert
        Assert.Contains("is not valid", ex.Message);
        Assert.IsType(innerType, ex.InnerException);
    }

    [Theory]
    [InlineData("1 2")]
    [InlineData("{} {}")]
    [InlineData("\"a\" x")]
    [InlineData("[1],")]
    public void Deserialize_TrailingContent_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => TypedJson.Deserialize(json));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("nul")]
    [InlineData("[1,")]
    [InlineData("{\"a\":}")]
    [InlineData("{\"a\" 1}")]
    [InlineData("'single'")]
    [InlineData("// comment\n1")]
    [InlineData("NaN")]
    public void Deserialize_MalformedJson_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => TypedJson.Deserialize(json));
    }

    [Fact]
    public void Deserialize_NestingBeyond256_ThrowsJsonException()
    {
        // Arrange
        var json = new string('[', 257) + new string(']', 257);

        // Act / Assert
        Assert.ThrowsAny<JsonException>(() => TypedJson.Deserialize(json));
    }

    [Fact]
    public void Deserialize_Nesting256_IsRead()
    {
        // Arrange
        var json = new string('[', 256) + new string(']', 256);

        // Act / Assert
        Assert.IsType<ArrayValue>(TypedJson.Deserialize(json));
    }

    // The three tests below fail today: TypedJson.Deserialize documents JsonException for text that is not typed JSON,
    // but lets FormatException and InvalidOperationException from Utf8JsonReader escape (TypedJson.cs lines 122, 130, 151 and 172).
    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("[1, 1e29]")]
    public void Deserialize_UntaggedNumberOutOfDecimalRange_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => TypedJson.Deserialize(json));
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("{\"a\":\"\\udc00x\"}")]
    [InlineData("{\"_decimal\":\"\\ud800\"}")]
    public void Deserialize_LoneSurrogateEscape_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => TypedJson.Deserialize(json));
    }

    [Fact]
    public void Deserialize_InvalidUtf8InAString_ThrowsJsonException()
    {
        // Arrange: "\xC3(" is not UTF-8.
        byte[] utf8 = [(byte)'"', 0xC3, 0x28, (byte)'"'];

        // Act / Assert
        Assert.ThrowsAny<JsonException>(() => TypedJson.Deserialize(utf8));
    }
}
