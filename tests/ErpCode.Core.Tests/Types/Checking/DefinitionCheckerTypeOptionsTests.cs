using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using static ErpCode.Core.Tests.Types.Checking.Problems;

namespace ErpCode.Core.Tests.Types.Checking;

public sealed class DefinitionCheckerTypeOptionsTests
{
    [Theory]
    [InlineData("SO-{yyyy}", "the pattern needs one {seq} counter")]
    [InlineData("SO-{foo}-{seq}", "'{foo}' is not a pattern part")]
    [InlineData("SO {seq}", "which are not valid ids")]
    [InlineData("SO/{seq}", "which are not valid ids")]
    public void Check_BadIdPattern_IsRefusedWithThePatternsProblem(string pattern, string message)
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrder with { IdGeneration = new IdGeneration { Pattern = pattern } });

        Single(site, "PortalType SaleOrder", "idGeneration.pattern", message);
    }

    [Fact]
    public void Check_EmptyIdPattern_MeansGuidIds()
    {
        Assert.Empty(DefinitionChecker.Check(SalesSite.Site.With(SalesSite.SaleOrder with { IdGeneration = new IdGeneration { Pattern = "" } })));
    }

    [Fact]
    public void Check_IndexedPropertyThatIsUnknown_IsRefused()
    {
        var site = SalesSite.Site.With(SalesSite.Person with { IndexedProperties = ["FullName", "Phone"] });

        Single(site, "PortalType Person", "indexedProperties[1]", "'Phone' is not a property of Person");
    }

    [Fact]
    public void Check_IndexedListProperty_IsRefused()
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrderLine with { IndexedProperties = ["Tags"] });

        Single(site, "PortalType SaleOrderLine", "indexedProperties[0]", "'Tags' holds a list; only single values can be indexed");
    }

    [Fact]
    public void Check_IndexedMoneyProperty_IsRefused()
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrder with { IndexedProperties = ["Total"] });

        Single(site, "PortalType SaleOrder", "indexedProperties[0]", "'Total' holds money; only single values can be indexed");
    }

    [Fact]
    public void Check_IndexedStampsAndTitle_AreAccepted()
    {
        var site = SalesSite.Site.With(SalesSite.Person with { IndexedProperties = ["CreatedAt", "ModifiedAt", "Owner", "Title"] });

        Assert.Empty(DefinitionChecker.Check(site));
    }

    [Fact]
    public void Check_ListColumnNamingAnUnknownProperty_IsRefused()
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrder with { Layout = SalesSite.SaleOrder.Layout with { ListColumns = ["Reference", "Amount"] } });

        Single(site, "PortalType SaleOrder", "layout.listColumns[1]", "'Amount' is not a property of SaleOrder");
    }

    [Fact]
    public void Check_FormGroupNamingAnUnknownProperty_IsRefused()
    {
        var layout = new LayoutHints { FormGroups = [new FormGroup { Title = "Main", Properties = ["Reference"] }, new FormGroup { Title = "More", Properties = ["Customer", "Colour"] }] };

        Single(SalesSite.Site.With(SalesSite.SaleOrder with { Layout = layout }), "PortalType SaleOrder", "layout.formGroups[1].properties[1]", "'Colour' is not a property of SaleOrder");
    }

    [Fact]
    public void Check_BusinessClassThatIsNoTypeName_IsRefused()
    {
        Single(SalesSite.Site.With(SalesSite.SaleOrder with { BusinessClass = "saleOrderLogic" }), "PortalType SaleOrder", "businessClass", "must start with a capital letter");
    }

    [Fact]
    public void Check_ChainNamingAWorkflowThatDoesNotExist_IsRefused()
    {
        Single(SalesSite.Site.With(SalesSite.SaleOrder with { Workflows = ["order workflow"] }), "PortalType SaleOrder", "workflows[0]", "there is no workflow 'order workflow'");
    }
}
