using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using static ErpCode.Core.Tests.Types.Checking.Problems;

namespace ErpCode.Core.Tests.Types.Checking;

public sealed class DefinitionCheckerTypeTests
{
    [Theory]
    [InlineData("saleOrder", "'saleOrder' must start with a capital letter (A-Z)")]
    [InlineData("Sale-Order", "'Sale-Order' may hold only letters, digits and '_'")]
    [InlineData("", "the name is empty")]
    public void Check_InvalidTypeName_IsRefused(string name, string message)
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrderLine with { Name = name, EntitySet = "Lines" });

        Has(site, $"PortalType {name}", "name", message);
    }

    [Fact]
    public void Check_TypeNameLongerThanSixtyFour_IsRefused()
    {
        var name = "T" + new string('x', 64);

        Single(SalesSite.Site.With(new PortalType { Name = name, EntitySet = "Longs" }), $"PortalType {name}", "name", "the name has 65 characters, at most 64 are allowed");
    }

    [Fact]
    public void Check_TypeNameUsedTwiceIgnoringCase_IsRefused()
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrderLine with { Name = "SALEORDERLINE", EntitySet = "OtherLines" });

        Single(site, "PortalType SaleOrderLine", "name", "two portal types have this name (names are compared ignoring case)");
    }

    [Fact]
    public void Check_EntitySetUsedTwice_BlamesTheLaterTypeAndNamesBoth()
    {
        var site = SalesSite.Site.With(new PortalType { Name = "Contact", EntitySet = "People", PropertySheets = ["PersonFields"] });

        var problem = Single(site, "PortalType Contact", "entitySet", "the entity set 'People' is used by Person and Contact");
        Assert.Equal("PortalType Contact, entitySet: the entity set 'People' is used by Person and Contact", problem.ToString());
    }

    [Fact]
    public void Check_EntitySetUsedThreeTimes_BlamesEachLaterType()
    {
        var site = SalesSite.Site
            .With(new PortalType { Name = "Contact", EntitySet = "People" })
            .With(new PortalType { Name = "Lead", EntitySet = "People" });

        var problems = DefinitionChecker.Check(site);

        Assert.Equal(["PortalType Contact", "PortalType Lead"], problems.Select(p => p.Definition));
        Assert.All(problems, p => Assert.Equal("the entity set 'People' is used by Person and Contact and Lead", p.Message));
    }

    [Fact]
    public void Check_EntitySetUsedTwiceIgnoringCase_IsRefused()
    {
        // "SaleOrders" is SaleOrder's default entity set (its name plus "s").
        var site = SalesSite.Site.With(new PortalType { Name = "Order", EntitySet = "SALEORDERS" });

        Single(site, "PortalType Order", "entitySet", "is used by SaleOrder and Order");
    }

    [Fact]
    public void Check_InvalidEntitySetName_IsRefused()
    {
        Single(SalesSite.Site.With(SalesSite.Person with { EntitySet = "the-people" }), "PortalType Person", "entitySet", "'the-people' must start with a capital letter");
    }

    [Fact]
    public void Check_TypeListingAMissingSheet_IsRefused()
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrder with { PropertySheets = ["OrderHeader", "Amounts", "Shipping"] });

        Single(site, "PortalType SaleOrder", "propertySheets[2]", "there is no property sheet 'Shipping'");
    }

    [Fact]
    public void Check_TypeListingASheetTwice_IsRefused()
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrder with { PropertySheets = ["OrderHeader", "Amounts", "Amounts"] });

        Single(site, "PortalType SaleOrder", "propertySheets[2]", "'Amounts' is listed twice");
    }

    [Theory]
    [InlineData("FullName")]
    [InlineData("fullname")]
    public void Check_PropertyDefinedByTwoSheetsOfAType_IsRefusedNamingBothSheets(string name)
    {
        var site = SalesSite.Site
            .With(new PropertySheet { Name = "Contact", Properties = [new PropertyDefinition { Name = name }] })
            .With(SalesSite.Person with { PropertySheets = ["PersonFields", "Contact"] });

        Single(site, "PortalType Person", "propertySheets[1]", $"property '{name}' of sheet Contact is also defined by sheet PersonFields");
    }

    [Fact]
    public void Check_SheetDefiningTitleOnATypeWithATitleExpression_IsRefused()
    {
        var withTitle = SalesSite.Site.With(SalesSite.Amounts with { Properties = [.. SalesSite.Amounts.Properties, new PropertyDefinition { Name = "Title" }] });

        Single(withTitle, "PortalType SaleOrder", "titleExpression", "sheet Amounts cannot define a property 'Title'");
        Assert.Empty(DefinitionChecker.Check(withTitle.With(SalesSite.SaleOrder with { TitleExpression = null })));
    }

    [Fact]
    public void Check_ChildTypeThatDoesNotExist_IsRefused()
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrder with
        {
            AllowedContentTypes = [.. SalesSite.SaleOrder.AllowedContentTypes, new ContainedType { Type = "Shipment", Property = "Shipments" }],
        });

        Single(site, "PortalType SaleOrder", "allowedContentTypes[1].type", "there is no portal type 'Shipment'");
    }

    [Theory]
    [InlineData("Notes", "'Notes' is already a property (from sheet OrderHeader)")]
    [InlineData("notes", "'notes' is already a property (from sheet OrderHeader)")]
    [InlineData("Owner", "'Owner' is a system property")]
    [InlineData("Line Items", "the character ' ' is not allowed")]
    public void Check_ChildPropertyCollidingOrInvalid_IsRefused(string property, string message)
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrder with { AllowedContentTypes = [new ContainedType { Type = "SaleOrderLine", Property = property }] });

        Has(site, "PortalType SaleOrder", "allowedContentTypes[0].property", message);
    }

    [Fact]
    public void Check_TwoChildTypesUnderOneProperty_IsRefused()
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrder with
        {
            AllowedContentTypes = [.. SalesSite.SaleOrder.AllowedContentTypes, new ContainedType { Type = "Person", Property = "lines" }],
        });

        Single(site, "PortalType SaleOrder", "allowedContentTypes[1].property", "'lines' holds another child type already");
    }

    [Fact]
    public void Check_TwoTypesContainingEachOther_IsOneCycleProblem()
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrderLine with { AllowedContentTypes = [new ContainedType { Type = "SaleOrder", Property = "Orders" }] });

        Single(site, "PortalType SaleOrder", "allowedContentTypes", "containment makes a cycle: SaleOrder contains SaleOrderLine contains SaleOrder");
    }

    [Fact]
    public void Check_TypeContainingItself_IsACycle()
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrderLine with { AllowedContentTypes = [new ContainedType { Type = "SaleOrderLine", Property = "SubLines" }] });

        Single(site, "PortalType SaleOrderLine", "allowedContentTypes", "containment makes a cycle: SaleOrderLine contains SaleOrderLine");
    }

    [Fact]
    public void Check_CycleThroughThreeTypes_IsReportedOnce()
    {
        var site = SalesSite.Site
            .With(SalesSite.SaleOrderLine with { AllowedContentTypes = [new ContainedType { Type = "Person", Property = "Contacts" }] })
            .With(SalesSite.Person with { AllowedContentTypes = [new ContainedType { Type = "SaleOrder", Property = "Orders" }] });

        var problem = Assert.Single(DefinitionChecker.Check(site));
        Assert.Equal("allowedContentTypes", problem.Field);
        Assert.Contains("containment makes a cycle", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SharedChildWithoutCycle_IsAccepted()
    {
        var site = SalesSite.Site.With(SalesSite.Person with { AllowedContentTypes = [new ContainedType { Type = "SaleOrderLine", Property = "Wishes" }] });

        Assert.Empty(DefinitionChecker.Check(site));
    }
}
