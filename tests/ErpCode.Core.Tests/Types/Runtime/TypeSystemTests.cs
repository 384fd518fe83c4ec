using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Runtime;

namespace ErpCode.Core.Tests.Types.Runtime;

public sealed class TypeSystemTests
{
    private static TypeSystem Build(ErpCode.Core.Types.SiteDefinitions site, TypeSystem? previous = null) => TypeSystem.Build(7, site, null, previous);

    [Fact]
    public void Build_SalesSite_BuildsEveryTypeWithoutProblems()
    {
        var system = Build(SalesSite.Site);

        Assert.Empty(system.Problems);
        Assert.Equal(7, system.Revision);
        Assert.Same(SalesSite.Site, system.Definitions);
        Assert.Null(system.Expressions);
        Assert.Equal(["Person", "SaleOrder", "SaleOrderLine"], system.Types.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_TypeWithSeveralSheets_HasTheirPropertiesInSheetOrder()
    {
        var order = Build(SalesSite.Site).Find("SaleOrder")!;

        Assert.Equal(
            ["Reference", "Customer", "OrderDate", "DeliveryDate", "Status", "Region", "Notes", "Discount", "Total"],
            order.Properties.Select(p => p.Name));
        Assert.Equal("OrderHeader", order.Property("Status")!.Sheet);
        Assert.Equal("Amounts", order.Property("Total")!.Sheet);
        Assert.Null(order.Property("status"));
    }

    [Fact]
    public void Build_ResolvedProperties_CarryParsedDefaultsPatternsAndValues()
    {
        var system = Build(SalesSite.Site);
        var order = system.Find("SaleOrder")!;

        ValueAssert.Equal(new StringValue("draft"), order.Property("Status")!.DefaultValue);
        Assert.IsType<DecimalValue>(order.Property("Discount")!.DefaultValue);
        Assert.Contains("confirmed", (IReadOnlySet<string>)order.Property("Status")!.Values);
        Assert.True(order.Property("Total")!.IsComputed);
        Assert.True(order.Property("Total")!.IsReadOnly);
        Assert.NotNull(order.Property("OrderDate")!.DefaultExpressionKey);
        Assert.Matches(system.Find("Person")!.Property("Email")!.Pattern!, "ada@example.com");
        Assert.NotNull(order.TitleKey);
        Assert.Equal("OrderHeader", Assert.Single(order.Constraints).Sheet);
    }

    [Fact]
    public void Build_TypeWithAnIdPattern_CanFormatIds()
    {
        var system = Build(SalesSite.Site);

        Assert.Equal("SO-2026-00001", system.Find("SaleOrder")!.IdPattern!.Format(new DateOnly(2026, 5, 1), 1));
        Assert.Null(system.Find("SaleOrderLine")!.IdPattern);
    }

    [Fact]
    public void Build_ContainedType_IsTheSameRuntimeTypeAsTheTopLevelOne()
    {
        var system = Build(SalesSite.Site);
        var order = system.Find("SaleOrder")!;

        var lines = Assert.Single(order.Children);
        Assert.Equal("Lines", lines.Property);
        Assert.Same(system.Find("SaleOrderLine"), lines.Type);
        Assert.Same(lines, order.Child("Lines"));
        Assert.Null(order.Child("Reference"));
    }

    [Theory]
    [InlineData("People", "Person")]
    [InlineData("SaleOrders", "SaleOrder")]
    [InlineData("SaleOrderLines", "SaleOrderLine")]
    public void FindByEntitySet_KnownSet_GivesItsType(string entitySet, string type)
    {
        Assert.Equal(type, Build(SalesSite.Site).FindByEntitySet(entitySet)?.Name);
    }

    [Fact]
    public void FindByEntitySet_UnknownSet_GivesNull()
    {
        Assert.Null(Build(SalesSite.Site).FindByEntitySet("Persons"));
        Assert.Null(Build(SalesSite.Site).Find("Invoice"));
    }

    [Fact]
    public void Category_IndexesEveryPathWithItsTitle()
    {
        var region = Build(SalesSite.Site).Category("region");

        Assert.NotNull(region);
        Assert.True(region.Contains("europe"));
        Assert.True(region.Contains("europe/france"));
        Assert.True(region.Contains("asia/japan"));
        Assert.False(region.Contains("france"));
        Assert.False(region.Contains("europe/japan"));
        Assert.Equal("France", region.Titles["europe/france"]);
        Assert.Equal("germany", region.Titles["europe/germany"]);
        Assert.Equal(5, region.Titles.Count);
        Assert.Null(Build(SalesSite.Site).Category("country"));
    }
}
