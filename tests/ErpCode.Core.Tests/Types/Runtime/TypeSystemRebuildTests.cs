using ErpCode.Core.Types;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Runtime;

namespace ErpCode.Core.Tests.Types.Runtime;

public sealed class TypeSystemRebuildTests
{
    [Fact]
    public void Build_TypeWithAProblem_IsLeftOutAndReportedWhileOthersBuild()
    {
        var site = SalesSite.Site.With(new PortalType { Name = "Invoice", PropertySheets = ["Billing"] });

        var system = TypeSystem.Build(1, site, null);

        Assert.Null(system.Find("Invoice"));
        Assert.Contains("PortalType Invoice, propertySheets[0]: there is no property sheet 'Billing'", system.Problems);
        Assert.NotNull(system.Find("Person"));
        Assert.NotNull(system.Find("SaleOrder"));
        Assert.Null(system.FindByEntitySet("Invoices"));
    }

    [Fact]
    public void Build_BrokenSheet_LeavesOutItsTypesAndTheirParents()
    {
        var broken = SalesSite.OrderLine with { Properties = [.. SalesSite.OrderLine.Properties, new PropertyDefinition { Name = "Size", Type = (PropertyType)99 }] };

        var system = TypeSystem.Build(1, SalesSite.Site.With(broken), null);

        Assert.Null(system.Find("SaleOrderLine"));
        Assert.Null(system.Find("SaleOrder"));
        Assert.NotNull(system.Find("Person"));
        Assert.Contains(system.Problems, p => p.StartsWith("PropertySheet OrderLine, properties[4].type:", StringComparison.Ordinal));
        Assert.Contains("PortalType SaleOrderLine: left out, one of its property sheets is missing or broken", system.Problems);
        Assert.Contains("PortalType SaleOrder: left out, its child type SaleOrderLine cannot be built", system.Problems);
    }

    [Fact]
    public void Build_ContainmentCycle_DoesNotLoopAndLeavesTheCycleOut()
    {
        var site = SalesSite.Site.With(SalesSite.SaleOrderLine with { AllowedContentTypes = [new ContainedType { Type = "SaleOrderLine", Property = "SubLines" }] });

        var system = TypeSystem.Build(1, site, null);

        Assert.Null(system.Find("SaleOrderLine"));
        Assert.Null(system.Find("SaleOrder"));
        Assert.NotNull(system.Find("Person"));
    }

    [Fact]
    public void Build_ThreeTypesSharingAnEntitySet_KeepsTheFirstAndLeavesTheOthersOut()
    {
        // A store edited by hand can hold such a set; the build must report it, not throw.
        var site = SalesSite.Site
            .With(new PortalType { Name = "Contact", EntitySet = "People", PropertySheets = ["PersonFields"] })
            .With(new PortalType { Name = "Lead", EntitySet = "People", PropertySheets = ["PersonFields"] });

        var system = TypeSystem.Build(1, site, null);

        Assert.Same(system.Find("Person"), system.FindByEntitySet("People"));
        Assert.Null(system.Find("Contact"));
        Assert.Null(system.Find("Lead"));
        Assert.Equal(2, system.Problems.Count(p => p.Contains("the entity set 'People'", StringComparison.Ordinal)));
        Assert.NotNull(system.Find("SaleOrder"));
    }

    [Fact]
    public void Build_UnchangedDefinitions_ReusesEveryRuntimeType()
    {
        var first = TypeSystem.Build(1, SalesSite.Site, null);

        var second = TypeSystem.Build(2, SalesSite.Site with { }, null, first);

        Assert.Equal(2, second.Revision);
        foreach (var type in first.Types)
        {
            Assert.Same(type, second.Find(type.Name));
        }
    }

    [Fact]
    public void Build_WithoutPrevious_BuildsNewRuntimeTypes()
    {
        var first = TypeSystem.Build(1, SalesSite.Site, null);

        var second = TypeSystem.Build(2, SalesSite.Site, null);

        Assert.NotSame(first.Find("Person"), second.Find("Person"));
    }

    [Fact]
    public void Build_ChangedSheet_RebuildsOnlyTheTypesUsingIt()
    {
        var first = TypeSystem.Build(1, SalesSite.Site, null);
        var changed = SalesSite.PersonFields with { Properties = [.. SalesSite.PersonFields.Properties, new PropertyDefinition { Name = "Phone" }] };

        var second = TypeSystem.Build(2, SalesSite.Site.With(changed), null, first);

        Assert.NotSame(first.Find("Person"), second.Find("Person"));
        Assert.NotNull(second.Find("Person")!.Property("Phone"));
        Assert.Same(first.Find("SaleOrder"), second.Find("SaleOrder"));
        Assert.Same(first.Find("SaleOrderLine"), second.Find("SaleOrderLine"));
    }

    [Fact]
    public void Build_ChangedChildSheet_RebuildsTheChildAndItsParent()
    {
        var first = TypeSystem.Build(1, SalesSite.Site, null);
        var changed = SalesSite.OrderLine with { Properties = [.. SalesSite.OrderLine.Properties, new PropertyDefinition { Name = "Comment", Type = PropertyType.Text }] };

        var second = TypeSystem.Build(2, SalesSite.Site.With(changed), null, first);

        Assert.NotSame(first.Find("SaleOrderLine"), second.Find("SaleOrderLine"));
        Assert.NotSame(first.Find("SaleOrder"), second.Find("SaleOrder"));
        Assert.Same(second.Find("SaleOrderLine"), second.Find("SaleOrder")!.Child("Lines")!.Type);
        Assert.Same(first.Find("Person"), second.Find("Person"));
    }

    [Fact]
    public void Build_ChangedType_RebuildsOnlyThatType()
    {
        var first = TypeSystem.Build(1, SalesSite.Site, null);

        var second = TypeSystem.Build(2, SalesSite.Site.With(SalesSite.Person with { Title = "Contact person" }), null, first);

        Assert.NotSame(first.Find("Person"), second.Find("Person"));
        Assert.Same(first.Find("SaleOrder"), second.Find("SaleOrder"));
    }

    [Fact]
    public void Build_ChangedCategory_KeepsTypesAndIndexesTheNewTree()
    {
        var first = TypeSystem.Build(1, SalesSite.Site, null);
        var region = SalesSite.Region with { Items = [.. SalesSite.Region.Items, new CategoryItem { Id = "africa" }] };

        var second = TypeSystem.Build(2, SalesSite.Site.With(region), null, first);

        Assert.True(second.Category("region")!.Contains("africa"));
        Assert.False(first.Category("region")!.Contains("africa"));
        Assert.Same(first.Find("Person"), second.Find("Person"));
    }
}
