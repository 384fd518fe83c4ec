using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using static ErpCode.Core.Tests.Types.Checking.Problems;

namespace ErpCode.Core.Tests.Types.Checking;

public sealed class DefinitionCheckerDefaultTests
{
    private const string Extra = "PropertySheet Extra";

    [Theory]
    [InlineData(PropertyType.Int, "\"abc\"", "the default must be a whole number, not the text 'abc'")]
    [InlineData(PropertyType.Int, "1.5", "the default must be a whole number, not 1.5")]
    [InlineData(PropertyType.Bool, "\"true\"", "the default must be true or false, not the text 'true'")]
    [InlineData(PropertyType.Date, "\"28/02/2026\"", "the default must be a date (yyyy-MM-dd)")]
    [InlineData(PropertyType.String, "\"two\\nlines\"", "the default must be on one line")]
    [InlineData(PropertyType.Money, "{\"Amount\": 1, \"Currency\": \"eur\"}", "the default needs a Currency")]
    public void Check_DefaultNotFittingTheType_IsRefused(PropertyType type, string literal, string message)
    {
        Single(WithExtraSheet(new PropertyDefinition { Name = "Value", Type = type, Default = literal }), Extra, "properties[0].default", message);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("{\"Amount\": ")]
    [InlineData("'single'")]
    public void Check_DefaultThatIsNotJson_IsRefusedExplainingHowToWriteIt(string literal)
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Value", Type = PropertyType.Int, Default = literal });

        Single(site, Extra, "properties[0].default", $"'{literal}' is not a JSON value; write text in quotes");
    }

    [Theory]
    [InlineData(PropertyType.Int, "\"42\"")]
    [InlineData(PropertyType.Decimal, "0.01")]
    [InlineData(PropertyType.Money, "{\"Amount\": \"0.00\", \"Currency\": \"EUR\"}")]
    [InlineData(PropertyType.Date, "\"2026-02-28\"")]
    [InlineData(PropertyType.DateTime, "\"2026-02-28T09:30:00+01:00\"")]
    [InlineData(PropertyType.Bool, "false")]
    public void Check_DefaultFittingTheType_IsAccepted(PropertyType type, string literal)
    {
        Assert.Empty(DefinitionChecker.Check(WithExtraSheet(new PropertyDefinition { Name = "Value", Type = type, Default = literal })));
    }

    [Fact]
    public void Check_DefaultOutsideItsOwnMinAndMax_IsRefused()
    {
        Single(WithExtraSheet(new PropertyDefinition { Name = "Quantity", Type = PropertyType.Decimal, Min = 1m, Default = "0.5" }), Extra, "properties[0].default", "the default 0.5 is outside 1 to …");
    }

    [Fact]
    public void Check_DefaultLongerThanMaxLengthOrNotMatchingThePattern_IsRefused()
    {
        Single(WithExtraSheet(new PropertyDefinition { Name = "Code", MaxLength = 3, Default = "\"ABCD\"" }), Extra, "properties[0].default", "the default has 4 characters, more than maxLength 3");
        Single(WithExtraSheet(new PropertyDefinition { Name = "Code", Pattern = "^[A-Z]+$", Default = "\"abc\"" }), Extra, "properties[0].default", "the default 'abc' does not match the pattern");
    }

    [Fact]
    public void Check_EnumDefaultNotAmongTheValues_IsRefused()
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Status", Type = PropertyType.Enum, Values = ["draft", "sent"], Default = "\"archived\"" });

        Single(site, Extra, "properties[0].default", "the default 'archived' is not one of the values");
    }

    [Fact]
    public void Check_EnumListDefaultWithAValueNotAmongTheValues_IsRefused()
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Flags", Type = PropertyType.Enum, List = true, Values = ["urgent", "gift"], Default = "[\"gift\", \"fragile\"]" });

        Single(site, Extra, "properties[0].default", "the default 'fragile' is not one of the values");
    }

    [Fact]
    public void Check_ListDefaultWithAnItemOfTheWrongKind_NamesTheItem()
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Sizes", Type = PropertyType.Int, List = true, Default = "[1, \"x\"]" });

        Single(site, Extra, "properties[0].default", "the default item 1 must be a whole number");
    }

    [Fact]
    public void Check_DefaultAndDefaultExpression_AreRefusedTogether()
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Quantity", Type = PropertyType.Int, Default = "1", DefaultExpression = "2" });

        Single(site, Extra, "properties[0].default", "give either a default or a default expression, not both");
    }

    [Theory]
    [InlineData("1", null)]
    [InlineData(null, "Clock.Today")]
    public void Check_ComputedWithADefault_IsRefused(string? literal, string? expression)
    {
        var site = WithExtraSheet(new PropertyDefinition { Name = "Total", Type = PropertyType.Int, Computed = "1 + 1", Default = literal, DefaultExpression = expression });

        Single(site, Extra, "properties[0].computed", "a computed property cannot also have a default");
    }

    [Fact]
    public void Check_ConstraintWithoutMessage_IsRefused()
    {
        var site = SalesSite.Site.With(SalesSite.Amounts with
        {
            Constraints = [new ConstraintDefinition { Name = "DiscountSmall", Expression = "true", Message = " " }],
        });

        Single(site, "PropertySheet Amounts", "constraints[0].message", "a constraint needs the message a user reads when it fails");
    }

    [Fact]
    public void Check_ConstraintWithoutExpression_IsRefused()
    {
        var site = SalesSite.Site.With(SalesSite.Amounts with
        {
            Constraints = [new ConstraintDefinition { Name = "DiscountSmall", Expression = "", Message = "Too big" }],
        });

        Single(site, "PropertySheet Amounts", "constraints[0].expression", "a constraint needs an expression");
    }

    [Fact]
    public void Check_ConstraintAttachedToAnUnknownProperty_IsRefused()
    {
        var site = SalesSite.Site.With(SalesSite.Amounts with
        {
            Constraints = [new ConstraintDefinition { Name = "DiscountSmall", Expression = "true", Message = "Too big", Property = "Rebate" }],
        });

        Single(site, "PropertySheet Amounts", "constraints[0].property", "'Rebate' is not a property of this sheet");
    }

    [Fact]
    public void Check_ConstraintNamedTwiceOrBadly_IsRefused()
    {
        var rule = new ConstraintDefinition { Name = "Positive", Expression = "true", Message = "Must be positive" };
        var twice = SalesSite.Site.With(SalesSite.Amounts with { Constraints = [rule, rule] });
        var badly = SalesSite.Site.With(SalesSite.Amounts with { Constraints = [rule with { Name = "must be positive" }] });

        Single(twice, "PropertySheet Amounts", "constraints[1].name", "'Positive' is defined twice in this sheet");
        Single(badly, "PropertySheet Amounts", "constraints[0].name", "'must be positive'");
    }
}
