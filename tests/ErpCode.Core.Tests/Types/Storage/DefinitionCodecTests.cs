using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Storage;

namespace ErpCode.Core.Tests.Types.Storage;

public sealed class DefinitionCodecTests
{
    private static readonly PropertySheet Prices = new()
    {
        Name = "Prices",
        Title = "Prices",
        Description = "Amounts with exact bounds",
        Properties =
        [
            new PropertyDefinition { Name = "UnitPrice", Type = PropertyType.Money, Min = 0.01m, Max = 12345678901234567.89m, Required = true },
            new PropertyDefinition { Name = "Rate", Type = PropertyType.Decimal, Min = 1.50m, Default = "1.50" },
            new PropertyDefinition { Name = "Kind", Type = PropertyType.Enum, Values = ["standard", "promo"], Default = "\"standard\"" },
            new PropertyDefinition { Name = "Tags", List = true, MaxLength = 20, Pattern = "^[a-z]+$", ReadOnly = true },
            new PropertyDefinition { Name = "Total", Type = PropertyType.Money, Computed = "Document.GetMoney(\"UnitPrice\")" },
        ],
        Constraints = [new ConstraintDefinition { Name = "RateSane", Expression = "true", Message = "The rate is too high", Property = "Rate" }],
    };

    private static string RoundTrip<T>(T definition, string name) => DefinitionCodec.ToJson(DefinitionCodec.FromBody<T>(DefinitionCodec.ToBody(definition), name));

    [Fact]
    public void FromBody_OfToBody_GivesAnEqualPortalType()
    {
        var type = SalesSite.SaleOrder with { Description = "Orders from customers", BusinessClass = "SaleOrderLogic", EntitySet = "Orders" };

        Assert.Equal(DefinitionCodec.ToJson(type), RoundTrip(type, "PortalType SaleOrder"));
    }

    [Fact]
    public void FromBody_OfToBody_GivesAnEqualPropertySheetWithExactDecimals()
    {
        var json = RoundTrip(Prices, "PropertySheet Prices");

        Assert.Equal(DefinitionCodec.ToJson(Prices), json);
        var back = DefinitionCodec.Read<PropertySheet>(json, "PropertySheet Prices");
        Assert.Equal(0.01m, back.Properties[0].Min);
        Assert.Equal(12345678901234567.89m, back.Properties[0].Max);
        Assert.Equal("1.50", back.Properties[1].Min!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void FromBody_OfToBody_GivesAnEqualNestedBaseCategory()
    {
        var json = RoundTrip(SalesSite.Region, "BaseCategory region");

        Assert.Equal(DefinitionCodec.ToJson(SalesSite.Region), json);
        var back = DefinitionCodec.Read<BaseCategory>(json, "BaseCategory region");
        Assert.Equal("france", back.Items[0].Items[0].Id);
        Assert.Equal("Japan", back.Items[1].Items[0].Title);
    }

    [Fact]
    public void ToBody_KeepsDecimalBoundsExact()
    {
        var body = DefinitionCodec.ToBody(Prices);

        var first = Assert.IsType<DocumentValue>(Assert.IsType<ArrayValue>(body["properties"])[0]);
        Assert.Equal(0.01m, Assert.IsType<DecimalValue>(first["min"]).Value);
        Assert.Equal(12345678901234567.89m, Assert.IsType<DecimalValue>(first["max"]).Value);
        Assert.Equal("Money", Assert.IsType<StringValue>(first["type"]).Value);
    }

    [Fact]
    public void ToJson_WritesCamelCaseEnumNamesAndLeavesNullsOut()
    {
        var json = DefinitionCodec.ToJson(new PropertyDefinition { Name = "Total", Type = PropertyType.Money });

        Assert.Contains("\"name\":\"Total\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Money\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("default", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Money2\"")]
    [InlineData("4")]
    [InlineData("\"\"")]
    public void Read_UnknownPropertyType_ThrowsNamingTheField(string type)
    {
        var json = $$"""{"name": "Amounts", "properties": [{"name": "Net"}, {"name": "Total", "type": {{type}} }]}""";

        var ex = Assert.Throws<InvalidDefinitionException>(() => DefinitionCodec.Read<PropertySheet>(json, "PropertySheet Amounts"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("PropertySheet Amounts", problem.Definition);
        Assert.Equal("properties[1].type", problem.Field);
        Assert.StartsWith("not a property type; use one of String, Text, Int, Decimal, Money", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("PropertySheet Amounts, properties[1].type: not a property type", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommaSeparatedPropertyTypes_IsRefusedNotReadAsTheirBitwiseOr()
    {
        // Decimal (3) | Money (4) is DateTime (7): the general enum converter would read it so.
        var json = """{"name": "Amounts", "properties": [{"name": "Total", "type": "Decimal, Money"}]}""";

        var ex = Assert.Throws<InvalidDefinitionException>(() => DefinitionCodec.Read<PropertySheet>(json, "PropertySheet Amounts"));

        Assert.Equal("properties[0].type", Assert.Single(ex.Problems).Field);
    }

    [Theory]
    [InlineData("\"money\"")]
    [InlineData("\" Money \"")]
    public void Read_PropertyTypeInAnotherCaseOrPadded_IsThatType(string type)
    {
        var sheet = DefinitionCodec.Read<PropertySheet>($$"""{"name": "Amounts", "properties": [{"name": "Total", "type": {{type}} }]}""", "PropertySheet Amounts");

        Assert.Equal(PropertyType.Money, sheet.Properties[0].Type);
    }

    [Fact]
    public void ToJson_UndefinedPropertyType_Throws()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => DefinitionCodec.ToJson(new PropertyDefinition { Name = "Total", Type = (PropertyType)42 }));
    }

    [Fact]
    public void Read_UnknownMember_ThrowsNamingIt()
    {
        var json = """{"name": "Amounts", "properties": [{"name": "Total", "colour": "red"}]}""";

        var ex = Assert.Throws<InvalidDefinitionException>(() => DefinitionCodec.Read<PropertySheet>(json, "PropertySheet Amounts"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("PropertySheet Amounts", problem.Definition);
        Assert.Contains("colour", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredName_Throws()
    {
        var ex = Assert.Throws<InvalidDefinitionException>(() => DefinitionCodec.Read<PortalType>("""{"title": "Sale Order"}""", "PortalType SaleOrder"));

        Assert.Contains("name", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonNull_SaysTheDefinitionIsEmpty()
    {
        var ex = Assert.Throws<InvalidDefinitionException>(() => DefinitionCodec.Read<PortalType>("null", "PortalType SaleOrder"));

        Assert.Equal(new DefinitionProblem("PortalType SaleOrder", string.Empty, "the definition is empty"), Assert.Single(ex.Problems));
    }
}
