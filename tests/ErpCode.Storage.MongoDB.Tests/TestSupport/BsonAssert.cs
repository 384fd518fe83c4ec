using MongoDB.Bson;
using MongoDB.Bson.IO;

namespace ErpCode.Storage.MongoDB.Tests.TestSupport;

/// <summary>Compares BSON by its canonical extended JSON, so an Int32 never passes for an Int64 nor a string for a date.</summary>
internal static class BsonAssert
{
    private static readonly JsonWriterSettings Canonical = new() { OutputMode = JsonOutputMode.CanonicalExtendedJson };

    /// <summary><paramref name="expectedJson"/> is shell-style JSON: NumberLong(5), NumberDecimal("1.50"), ISODate("…"), /re/i.</summary>
    public static void Equal(string expectedJson, BsonDocument actual)
    {
        var expected = BsonDocument.Parse(expectedJson);
        Assert.Equal(expected.ToJson(Canonical), actual.ToJson(Canonical));
    }

    public static void Equal(BsonValue expected, BsonValue actual) =>
        Assert.Equal(new BsonDocument("v", expected).ToJson(Canonical), new BsonDocument("v", actual).ToJson(Canonical));
}
