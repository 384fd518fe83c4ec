using ErpCode.Core.Types.Definitions;
using static ErpCode.Core.Tests.Types.Checking.Problems;

namespace ErpCode.Core.Tests.Types.Checking;

public sealed class DefinitionCheckerPropertyTests
{
    private const string Extra = "PropertySheet Extra";

    [Fact]
    public void Check_UndefinedPropertyType_NamesTheSheetAndField()
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Price", Type = (PropertyType)42 });

        var problem = Single(site, Extra, "properties[0].type", "'42' is not a property type; use one of String, Text, Int, Decimal, Money");
        Assert.Contains("Reference", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Amount", "Amount")]
    [InlineData("Amount", "amount")]
    [InlineData("Amount", "AMOUNT")]
    public void Check_PropertyNamedTwiceInASheet_IsRefusedIgnoringCase(string first, string second)
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = first, Type = PropertyType.Decimal }, new PropertyDefinition { Name = second });

        Single(site, Extra, "properties[1].name", $"'{second}' is defined twice in this sheet");
    }

    [Theory]
    [InlineData("Id")]
    [InlineData("PortalType")]
    [InlineData("Version")]
    [InlineData("CreatedAt")]
    [InlineData("ModifiedAt")]
    [InlineData("Owner")]
    [InlineData("ModifiedBy")]
    [InlineData("version")]
    [InlineData("CREATEDAT")]
    public void Check_SystemPropertyName_IsReserved(string name)
    {
        Single(WithExtraSheet(new PropertyDefinition { Name = name }), Extra, "properties[0].name", $"'{name}' is a system property every document has");
    }

    [Theory]
    [InlineData("2nd", "must start with a letter")]
    [InlineData("_hidden", "reserved for the store")]
    [InlineData("Unit Price", "the character ' ' is not allowed")]
    [InlineData("", "cannot be empty")]
    public void Check_InvalidPropertyName_IsRefused(string name, string message)
    {
        Single(WithExtraSheet(new PropertyDefinition { Name = name }), Extra, "properties[0].name", message);
    }

    [Fact]
    public void Check_EnumWithoutValues_IsRefused()
    {
        Single(WithExtraSheet(new PropertyDefinition { Name = "Status", Type = PropertyType.Enum }), Extra, "properties[0].values", "an Enum property needs its list of values");
    }

    [Fact]
    public void Check_EnumValueListedTwice_IsRefusedNamingTheValue()
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Status", Type = PropertyType.Enum, Values = ["draft", "sent", "draft"] });

        Single(site, Extra, "properties[0].values", "'draft' is listed twice");
    }

    [Fact]
    public void Check_EnumWithAnEmptyValue_IsRefused()
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Status", Type = PropertyType.Enum, Values = ["draft", " "] });

        Single(site, Extra, "properties[0].values", "a value cannot be empty");
    }

    [Fact]
    public void Check_ValuesOnANonEnumProperty_AreRefused()
    {
        Single(WithExtraSheet(new PropertyDefinition { Name = "Status", Values = ["a"] }), Extra, "properties[0].values", "values apply to Enum properties, not String");
    }

    [Fact]
    public void Check_CategoryNamingAMissingBaseCategory_IsRefused()
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Country", Type = PropertyType.Category, Category = "country" });

        Single(site, Extra, "properties[0].category", "there is no base category 'country'");
    }

    [Fact]
    public void Check_CategoryWithoutBaseCategory_IsRefused()
    {
        Single(WithExtraSheet(new PropertyDefinition { Name = "Country", Type = PropertyType.Category }), Extra, "properties[0].category", "a Category property names its base category");
    }

    [Fact]
    public void Check_ReferenceToAMissingType_IsRefused()
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Supplier", Type = PropertyType.Reference, Target = "Supplier" });

        Single(site, Extra, "properties[0].target", "there is no portal type 'Supplier'");
    }

    [Fact]
    public void Check_ReferenceWithoutTarget_IsRefused()
    {
        Single(WithExtraSheet(new PropertyDefinition { Name = "Supplier", Type = PropertyType.Reference }), Extra, "properties[0].target", "names the portal type it points to");
    }

    [Fact]
    public void Check_MinGreaterThanMax_IsRefusedWithBothValues()
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Rate", Type = PropertyType.Decimal, Min = 10.5m, Max = 1m });

        Single(site, Extra, "properties[0].min", "min (10.5) is greater than max (1)");
    }

    [Theory]
    [InlineData(PropertyType.String, "min")]
    [InlineData(PropertyType.Date, "min")]
    [InlineData(PropertyType.Bool, "min")]
    public void Check_MinOnANonNumericProperty_IsRefused(PropertyType type, string field)
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Value", Type = type, Min = 1m });

        Single(site, Extra, $"properties[0].{field}", $"min and max apply to Int, Decimal and Money properties, not {type}");
    }

    [Fact]
    public void Check_MaxAloneOnText_NamesTheMaxField()
    {
        Single(WithExtraSheet(new PropertyDefinition { Name = "Notes", Type = PropertyType.Text, Max = 3m }), Extra, "properties[0].max", "not Text");
    }

    [Theory]
    [InlineData(PropertyType.Int)]
    [InlineData(PropertyType.Money)]
    [InlineData(PropertyType.Enum)]
    public void Check_MaxLengthOnANonTextProperty_IsRefused(PropertyType type)
    {
        var property = new PropertyDefinition { Name = "Value", Type = type, MaxLength = 10, Values = type == PropertyType.Enum ? ["a"] : [] };

        Single(WithExtraSheet(property), Extra, "properties[0].maxLength", $"maxLength applies to String and Text properties, not {type}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Check_MaxLengthBelowOne_IsRefused(int maxLength)
    {
        Single(WithExtraSheet(new PropertyDefinition { Name = "Code", MaxLength = maxLength }), Extra, "properties[0].maxLength", "maxLength must be at least 1");
    }

    [Fact]
    public void Check_InvalidRegexPattern_IsRefused()
    {
        Single(WithExtraSheet(new PropertyDefinition { Name = "Code", Pattern = "([A-Z]+" }), Extra, "properties[0].pattern", "not a valid regular expression");
    }

    [Fact]
    public void Check_PatternOnANonTextProperty_IsRefused()
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Count", Type = PropertyType.Int, Pattern = "^[0-9]+$" });

        Single(site, Extra, "properties[0].pattern", "a pattern applies to String and Text properties, not Int");
    }
}
