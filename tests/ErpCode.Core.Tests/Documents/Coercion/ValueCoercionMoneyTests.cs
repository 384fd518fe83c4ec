using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;
using static ErpCode.Core.Tests.Documents.Coercion.Coercing;

namespace ErpCode.Core.Tests.Documents.Coercion;

public sealed class ValueCoercionMoneyTests
{
    [Theory]
    [InlineData("{\"Amount\": 10.50, \"Currency\": \"EUR\"}", "10.50")]
    [InlineData("{\"Amount\": \"10.50\", \"Currency\": \"EUR\"}", "10.50")]
    [InlineData("{\"Amount\": 10, \"Currency\": \"EUR\"}", "10")]
    [InlineData("{\"Currency\": \"EUR\", \"Amount\": \"12345678901234567.89\"}", "12345678901234567.89")]
    public void Coerce_MoneyWithAmountAndCurrency_KeepsTheExactAmountAsDecimal(string json, string expectedAmount)
    {
        var result = Accepted(PropertyType.Money, Json(json));

        var money = Assert.IsType<DocumentValue>(result);
        Assert.Equal(2, money.Count);
        Assert.Equal(expectedAmount, Assert.IsType<DecimalValue>(money["Amount"]).ToString());
        Assert.Equal("EUR", Assert.IsType<StringValue>(money["Currency"]).Value);
    }

    [Theory]
    [InlineData("{\"Amount\": 10.50}")]
    [InlineData("{\"Amount\": 10.50, \"Currency\": \"eur\"}")]
    [InlineData("{\"Amount\": 10.50, \"Currency\": \"EURO\"}")]
    [InlineData("{\"Amount\": 10.50, \"Currency\": \"\"}")]
    [InlineData("{\"Amount\": 10.50, \"Currency\": 978}")]
    public void Coerce_MoneyWithoutAValidCurrency_IsRefusedAskingForAnIsoCode(string json)
    {
        Assert.Equal("needs a Currency: a three-letter ISO 4217 code such as EUR", Refused(PropertyType.Money, Json(json)));
    }

    [Theory]
    [InlineData("{\"Currency\": \"EUR\"}")]
    [InlineData("{\"Amount\": \"ten\", \"Currency\": \"EUR\"}")]
    [InlineData("{\"Amount\": null, \"Currency\": \"EUR\"}")]
    public void Coerce_MoneyWithoutANumericAmount_IsRefused(string json)
    {
        Assert.Equal("needs an Amount that is a number", Refused(PropertyType.Money, Json(json)));
    }

    [Fact]
    public void Coerce_MoneyWithAnExtraPart_IsRefusedNamingThePart()
    {
        var value = Json("{\"Amount\": 10.50, \"Currency\": \"EUR\", \"Rate\": 1.1}");

        Assert.Equal("has an unknown part 'Rate'; money has only Amount and Currency", Refused(PropertyType.Money, value));
    }

    [Theory]
    [InlineData("10.50", "the number 10.50")]
    [InlineData("\"10.50 EUR\"", "the text '10.50 EUR'")]
    public void Coerce_MoneyGivenAScalar_IsRefusedShowingTheExpectedShape(string json, string given)
    {
        Assert.Equal(
            $"must be an amount with a currency, such as {{\"Amount\": 10.50, \"Currency\": \"EUR\"}}, not {given}",
            Refused(PropertyType.Money, Json(json)));
    }
}
