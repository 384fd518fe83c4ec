using ErpCode.Core.Documents.Coercion;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;
using ErpCode.Core.Types.Definitions;
using static ErpCode.Core.Tests.Documents.Coercion.Coercing;

namespace ErpCode.Core.Tests.Documents.Coercion;

public sealed class ValueCoercionListTests
{
    [Fact]
    public void Coerce_ListOfInts_CoercesEveryItem()
    {
        var result = Accepted(PropertyType.Int, new ArrayValue(1, "2", 3.0m), list: true);

        ValueAssert.Equal(new ArrayValue(1L, 2L, 3L), result);
        Assert.All(Assert.IsType<ArrayValue>(result), item => Assert.IsType<Int64Value>(item));
    }

    [Fact]
    public void Coerce_EmptyList_IsKept()
    {
        ValueAssert.Equal(ArrayValue.Empty, Accepted(PropertyType.String, ArrayValue.Empty, list: true));
    }

    [Theory]
    [InlineData(PropertyType.Int, "must be a list of whole numbers")]
    [InlineData(PropertyType.Date, "must be a list of dates (yyyy-MM-dd)")]
    [InlineData(PropertyType.String, "must be a list of text on one line")]
    public void Coerce_ListPropertyGivenAScalar_IsRefusedAskingForAList(PropertyType type, string expected)
    {
        Assert.Equal(expected, Refused(type, "2026-02-28", list: true));
    }

    [Fact]
    public void Coerce_ListWithANullItem_IsRefusedNamingTheIndex()
    {
        Assert.Equal("item 1 is empty; a list holds values only", Refused(PropertyType.Int, new ArrayValue(1, DocValue.Null, 3), list: true));
    }

    [Fact]
    public void Coerce_ListWithAnItemOfTheWrongKind_IsRefusedNamingTheIndex()
    {
        Assert.Equal("item 2 must be a whole number, not the text 'x'", Refused(PropertyType.Int, new ArrayValue(1, 2, "x"), list: true));
    }

    [Fact]
    public void Coerce_ListOfMoneyWithABadItem_NamesTheIndexAndTheProblem()
    {
        var list = new ArrayValue(Json("{\"Amount\": 1, \"Currency\": \"EUR\"}"), Json("{\"Amount\": 2, \"Currency\": \"usd\"}"));

        Assert.Equal("item 1 needs a Currency: a three-letter ISO 4217 code such as EUR", Refused(PropertyType.Money, list, list: true));
    }

    [Fact]
    public void Coerce_ScalarPropertyGivenAList_IsRefused()
    {
        Assert.Equal("must be a whole number, not a list", Refused(PropertyType.Int, new ArrayValue(1)));
    }

    [Fact]
    public void Coerce_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ValueCoercion.Coerce(null!, DocValue.Null, out _));
        Assert.Throws<ArgumentNullException>(() => ValueCoercion.Coerce(Property(PropertyType.Int), null!, out _));
    }
}
