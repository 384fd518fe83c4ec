using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.Storage.Values;

public sealed class ValueKindExtensionsTests
{
    [Theory]
    [InlineData(ValueKind.Null, "null")]
    [InlineData(ValueKind.Bool, "a boolean")]
    [InlineData(ValueKind.Int64, "an integer")]
    [InlineData(ValueKind.Decimal, "a decimal")]
    [InlineData(ValueKind.String, "a string")]
    [InlineData(ValueKind.DateTime, "a date-time")]
    [InlineData(ValueKind.Date, "a date")]
    [InlineData(ValueKind.Array, "an array")]
    [InlineData(ValueKind.Document, "a document")]
    public void Describe_EachKind_IsWordsForMessages(ValueKind kind, string expected)
    {
        Assert.Equal(expected, kind.Describe());
    }
}
