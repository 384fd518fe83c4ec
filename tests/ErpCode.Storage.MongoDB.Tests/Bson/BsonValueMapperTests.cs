using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using ErpCode.Storage.MongoDB.Bson;
using ErpCode.Storage.MongoDB.Tests.TestSupport;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Tests.Bson;

public sealed class BsonValueMapperTests
{
    private static readonly BsonReadContext Context = new("mongodb://h1:27017/erp", "items", "A");

    public static TheoryData<string, DocValue, BsonValue> Scalars => new()
    {
        { "null", DocValue.Null, BsonNull.Value },
        { "true", true, BsonBoolean.True },
        { "false", false, BsonBoolean.False },
        { "long max", long.MaxValue, new BsonInt64(long.MaxValue) },
        { "long min", long.MinValue, new BsonInt64(long.MinValue) },
        { "decimal", 12.50m, new BsonDecimal128(Decimal128.Parse("12.50")) },
        { "string", "héllo 世界 👋", new BsonString("héllo 世界 👋") },
        { "empty string", string.Empty, new BsonString(string.Empty) },
        { "date-time", new DateTime(2024, 2, 29, 23, 59, 58, 123, DateTimeKind.Utc), new BsonDateTime(new DateTime(2024, 2, 29, 23, 59, 58, 123, DateTimeKind.Utc)) },
        { "date", new DateOnly(999, 12, 31), new BsonDocument("_date", "0999-12-31") },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void ToBson_then_FromBson_gives_back_every_scalar_kind(string name, DocValue value, BsonValue expected)
    {
        // Act
        var bson = BsonValueMapper.ToBson(value);
        var read = BsonValueMapper.FromBson(bson, Context, name);

        // Assert
        BsonAssert.Equal(expected, bson);
        Assert.Equal(value, read);
        Assert.Equal(value.Kind, read.Kind);
    }

    [Theory]
    [InlineData("1.50", 2)]
    [InlineData("0.30", 2)]
    [InlineData("100.00", 2)]
    [InlineData("0.0000000000000000000000000001", 28)]
    [InlineData("1.0000000000000000000000000001", 28)]
    [InlineData("79228162514264337593543950335", 0)]
    [InlineData("-79228162514264337593543950335", 0)]
    [InlineData("123456789012345678.0123456789", 10)]
    public void Decimals_round_trip_exactly_with_their_scale(string text, int scale)
    {
        // Arrange
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var bson = BsonValueMapper.ToBson(new DecimalValue(value));
        var read = (DecimalValue)BsonValueMapper.FromBson(bson, Context, "amount");

        // Assert
        Assert.Equal(BsonType.Decimal128, bson.BsonType);
        Assert.Equal(Decimal128.Parse(text), bson.AsDecimal128); // the same digits and exponent, not only the same value
        Assert.Equal(value, read.Value);
        Assert.Equal(scale, read.Value.Scale);
        Assert.Equal(text, read.ToString());
    }

    [Fact]
    public void DateTime_is_stored_as_utc_milliseconds()
    {
        // Arrange
        var paris = new DateTimeOffset(2024, 3, 31, 12, 0, 0, 456, TimeSpan.FromHours(2));

        // Act
        var bson = BsonValueMapper.ToBson(new DateTimeValue(paris));
        var read = (DateTimeValue)BsonValueMapper.FromBson(bson, Context, "at");

        // Assert
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 10, 0, 0, 456, TimeSpan.Zero).ToUnixTimeMilliseconds(), bson.AsBsonDateTime.MillisecondsSinceEpoch);
        Assert.Equal(DateTimeKind.Utc, read.Value.Kind);
        Assert.Equal(new DateTime(2024, 3, 31, 10, 0, 0, 456, DateTimeKind.Utc), read.Value);
    }

    [Fact]
    public void Nested_arrays_and_documents_round_trip_in_order()
    {
        // Arrange
        var body = DocumentValue.Create(
            ("list", new ArrayValue(1, "two", 3.5m, DocValue.Null, new ArrayValue(), DocumentValue.Create(("k", "v")))),
            ("nested", DocumentValue.Create(("deeper", DocumentValue.Create(("deepest", new DateOnly(2000, 1, 1)))))),
            ("nothing", DocValue.Null));

        // Act
        var bson = BsonValueMapper.ToBsonDocument(body);
        var read = BsonValueMapper.ReadDocument(bson, Context, string.Empty);

        // Assert
        BsonAssert.Equal(
            """
            { list: [NumberLong(1), "two", NumberDecimal("3.5"), null, [], { k: "v" }],
              nested: { deeper: { deepest: { _date: "2000-01-01" } } },
              nothing: null }
            """,
            bson);
        Assert.Equal(body, read);
        Assert.Equal(body.Names, ((DocumentValue)read).Names);
    }

    [Fact]
    public void Explicit_null_is_kept_and_a_missing_property_stays_missing()
    {
        // Arrange
        var body = DocumentValue.Create(("x", DocValue.Null));

        // Act
        var bson = BsonValueMapper.ToBsonDocument(body);
        var read = (DocumentValue)BsonValueMapper.ReadDocument(bson, Context, string.Empty);

        // Assert
        Assert.True(bson.Contains("x"));
        Assert.False(bson.Contains("y"));
        Assert.True(read.Contains("x"));
        Assert.Equal(ValueKind.Null, read["x"].Kind);
        Assert.False(read.Contains("y"));
    }

    [Fact]
    public void FromBson_reads_int32_as_an_integer_and_double_as_the_decimal_of_its_text()
    {
        // Act
        var int32 = BsonValueMapper.FromBson(new BsonInt32(7), Context, "n");
        var tenth = BsonValueMapper.FromBson(new BsonDouble(0.1), Context, "d");
        var whole = BsonValueMapper.FromBson(new BsonDouble(3), Context, "d");

        // Assert
        Assert.Equal(new Int64Value(7), int32);
        Assert.Equal("0.1", ((DecimalValue)tenth).ToString());
        Assert.Equal(new DecimalValue(3m), whole);
    }

    public static TheoryData<string, BsonValue> Foreign => new()
    {
        { "object id", ObjectId.Parse("507f1f77bcf86cd799439011") },
        { "binary", new BsonBinaryData([1, 2, 3]) },
        { "regex", new BsonRegularExpression("a.b") },
        { "timestamp", new BsonTimestamp(1) },
        { "NaN double", new BsonDouble(double.NaN) },
        { "huge double", new BsonDouble(1e300) },
        { "NaN decimal", new BsonDecimal128(Decimal128.QNaN) },
        { "huge decimal", new BsonDecimal128(Decimal128.Parse("1E+40")) },
        { "bad date tag", new BsonDocument("_date", "31/12/2024") },
        { "date tag not a string", new BsonDocument("_date", 20240101) },
        { "reserved name", new BsonDocument("_secret", 1) },
        { "dotted name", new BsonDocument("a.b", 1) },
        { "date out of range", new BsonDateTime(long.MaxValue - 1) },
    };

    [Theory]
    [MemberData(nameof(Foreign))]
    public void FromBson_of_a_value_the_store_never_writes_throws_store_corrupt_naming_collection_id_and_field(string name, BsonValue value)
    {
        // Act
        var ex = Assert.Throws<StoreCorruptException>(() => BsonValueMapper.FromBson(new BsonArray { 1, new BsonDocument("inner", value) }, Context, "lines"));

        // Assert
        Assert.Equal("mongodb://h1:27017/erp", ex.Store);
        Assert.Contains("'items'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("lines[1].inner", ex.Message, StringComparison.Ordinal);
        Assert.NotEmpty(name);
    }

    [Fact]
    public void A_body_nested_to_the_store_limit_can_be_encoded()
    {
        // Arrange: the body is level 1, so 99 more documents reach the limit of 100.
        DocValue value = "leaf";
        for (var i = 0; i < 99; i++)
        {
            value = DocumentValue.Create(("a", value));
        }

        // Act
        var size = BsonSize.Of(BsonValueMapper.ToBsonDocument((DocumentValue)value));

        // Assert
        Assert.True(size > 0);
    }
}
