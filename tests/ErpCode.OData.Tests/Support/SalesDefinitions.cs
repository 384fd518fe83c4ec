using ErpCode.Core.Security;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.OData.Tests.Support;

/// <summary>A small sales site (from the Core tests): persons, sale orders with lines and money, an order workflow, a region tree.</summary>
internal static class SalesDefinitions
{
    public static BaseCategory Region { get; } = new()
    {
        Name = "region",
        Title = "Region",
        Items = [new CategoryItem { Id = "europe", Items = [new CategoryItem { Id = "france" }] }, new CategoryItem { Id = "asia" }],
    };

    public static PropertySheet PersonSheet { get; } = new()
    {
        Name = "PersonSheet",
        Properties =
        [
            new PropertyDefinition { Name = "Name", Required = true, MaxLength = 80 },
            new PropertyDefinition { Name = "Email", Pattern = "^[^@\\s]+@[^@\\s]+$" },
            new PropertyDefinition { Name = "Region", Type = PropertyType.Category, Category = "region" },
            new PropertyDefinition { Name = "Tags", List = true },
            new PropertyDefinition { Name = "Active", Type = PropertyType.Bool },
            new PropertyDefinition { Name = "Rank", Type = PropertyType.Int },
            new PropertyDefinition { Name = "Born", Type = PropertyType.DateTime },
        ],
    };

    public static PortalType Person { get; } = new()
    {
        Name = "Person",
        Title = "Person",
        EntitySet = "Persons",
        PropertySheets = ["PersonSheet"],
        IdGeneration = new IdGeneration { Pattern = "P-{seq:0000}" },
    };

    public static PropertySheet LineSheet { get; } = new()
    {
        Name = "LineSheet",
        Properties =
        [
            new PropertyDefinition { Name = "Product", Required = true },
            new PropertyDefinition { Name = "Quantity", Type = PropertyType.Decimal, Required = true, Min = 0.001m, Default = "1" },
            new PropertyDefinition { Name = "Price", Type = PropertyType.Decimal, Required = true, Min = 0m },
            new PropertyDefinition { Name = "Amount", Type = PropertyType.Decimal, Computed = "Document.GetDecimal(\"Quantity\") * Document.GetDecimal(\"Price\")" },
        ],
    };

    public static PortalType SaleOrderLine { get; } = new()
    {
        Name = "SaleOrderLine",
        Title = "Sale Order Line",
        PropertySheets = ["LineSheet"],
    };

    public static PropertySheet OrderSheet { get; } = new()
    {
        Name = "OrderSheet",
        Properties =
        [
            new PropertyDefinition { Name = "Customer", Type = PropertyType.Reference, Target = "Person", Required = true },
            new PropertyDefinition { Name = "Status", Type = PropertyType.Enum, Values = ["draft", "confirmed", "cancelled"], Default = "\"draft\"" },
            new PropertyDefinition { Name = "OrderDate", Type = PropertyType.Date },
            new PropertyDefinition { Name = "Total", Type = PropertyType.Decimal, Computed = "Document.GetList(\"Lines\").Sum(l => l.GetDecimal(\"Amount\"))" },
            new PropertyDefinition { Name = "Discount", Type = PropertyType.Money },
            new PropertyDefinition { Name = "Notes", Type = PropertyType.Text },
        ],
    };

    public static Workflow OrderWorkflow { get; } = new()
    {
        Name = "OrderWorkflow",
        Title = "Order",
        StateVariable = "OrderState",
        InitialState = "draft",
        States =
        [
            new WorkflowState { Id = "draft", Transitions = ["Confirm", "Cancel", "Approve"] },
            new WorkflowState { Id = "confirmed", Transitions = ["Cancel"] },
            new WorkflowState { Id = "approved" },
            new WorkflowState { Id = "cancelled" },
        ],
        Transitions =
        [
            new WorkflowTransition { Id = "Confirm", To = "confirmed" },
            new WorkflowTransition { Id = "Cancel", To = "cancelled" },
            new WorkflowTransition { Id = "Approve", To = "approved", Guard = new TransitionGuard { Roles = ["Auditor"] } },
        ],
    };

    public static PortalType SaleOrder { get; } = new()
    {
        Name = "SaleOrder",
        Title = "Sale Order",
        EntitySet = "SaleOrders",
        PropertySheets = ["OrderSheet"],
        AllowedContentTypes = [new ContainedType { Type = "SaleOrderLine", Property = "Lines" }],
        IdGeneration = new IdGeneration { Pattern = "SO-{seq:00000}" },
        IndexedProperties = ["Status", "Customer"],
        Workflows = ["OrderWorkflow"],
    };

    /// <summary>Saves the whole sales site in dependency order, as ErpCode itself.</summary>
    public static async Task InstallAsync(DefinitionService definitions)
    {
        var ct = TestContext.Current.CancellationToken;
        await definitions.SaveAsync(Region, Caller.System, ct);
        await definitions.SaveAsync(PersonSheet, Caller.System, ct);
        await definitions.SaveAsync(Person, Caller.System, ct);
        await definitions.SaveAsync(LineSheet, Caller.System, ct);
        await definitions.SaveAsync(SaleOrderLine, Caller.System, ct);
        await definitions.SaveAsync(OrderSheet, Caller.System, ct);
        await definitions.SaveAsync(OrderWorkflow, Caller.System, ct);
        await definitions.SaveAsync(SaleOrder, Caller.System, ct);
    }
}
