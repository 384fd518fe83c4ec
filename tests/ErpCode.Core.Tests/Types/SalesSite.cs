using ErpCode.Core.Types;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Tests.Types;

/// <summary>
/// A small, valid sales site: people with a region, sale orders (header, amounts, a status and a constraint) holding
/// sale order lines. Tests change one definition of it with <see cref="SiteDefinitions.With(PortalType)"/> and friends.
/// </summary>
internal static class SalesSite
{
    public static BaseCategory Region { get; } = new()
    {
        Name = "region",
        Title = "Region",
        Items =
        [
            new CategoryItem
            {
                Id = "europe",
                Title = "Europe",
                Items = [new CategoryItem { Id = "france", Title = "France" }, new CategoryItem { Id = "germany" }],
            },
            new CategoryItem { Id = "asia", Title = "Asia", Items = [new CategoryItem { Id = "japan", Title = "Japan" }] },
        ],
    };

    public static PropertySheet PersonFields { get; } = new()
    {
        Name = "PersonFields",
        Properties =
        [
            new PropertyDefinition { Name = "FullName", Required = true, MaxLength = 200 },
            new PropertyDefinition { Name = "Email", Pattern = @"^[^@\s]+@[^@\s]+$" },
            new PropertyDefinition { Name = "Region", Type = PropertyType.Category, Category = "region" },
        ],
    };

    public static PropertySheet OrderHeader { get; } = new()
    {
        Name = "OrderHeader",
        Properties =
        [
            new PropertyDefinition { Name = "Reference", Required = true, MaxLength = 40 },
            new PropertyDefinition { Name = "Customer", Type = PropertyType.Reference, Target = "Person", Required = true },
            new PropertyDefinition { Name = "OrderDate", Type = PropertyType.Date, DefaultExpression = "Clock.Today" },
            new PropertyDefinition { Name = "DeliveryDate", Type = PropertyType.Date },
            new PropertyDefinition { Name = "Status", Type = PropertyType.Enum, Values = ["draft", "confirmed", "delivered"], Default = "\"draft\"" },
            new PropertyDefinition { Name = "Region", Type = PropertyType.Category, Category = "region" },
            new PropertyDefinition { Name = "Notes", Type = PropertyType.Text },
        ],
        Constraints =
        [
            new ConstraintDefinition
            {
                Name = "DeliveryAfterOrder",
                Expression = "Document.GetDate(\"DeliveryDate\") is null || Document.GetDate(\"DeliveryDate\") >= Document.GetDate(\"OrderDate\")",
                Message = "The delivery date cannot be before the order date",
                Property = "DeliveryDate",
            },
        ],
    };

    public static PropertySheet Amounts { get; } = new()
    {
        Name = "Amounts",
        Properties =
        [
            new PropertyDefinition { Name = "Discount", Type = PropertyType.Decimal, Min = 0m, Max = 100m, Default = "0" },
            new PropertyDefinition { Name = "Total", Type = PropertyType.Money, Computed = "Children(\"Lines\").Sum(l => l.GetMoney(\"Amount\"))" },
        ],
    };

    public static PropertySheet OrderLine { get; } = new()
    {
        Name = "OrderLine",
        Properties =
        [
            new PropertyDefinition { Name = "Product", Required = true },
            new PropertyDefinition { Name = "Quantity", Type = PropertyType.Int, Min = 1m, Default = "1" },
            new PropertyDefinition { Name = "UnitPrice", Type = PropertyType.Money, Min = 0.01m },
            new PropertyDefinition { Name = "Tags", List = true },
        ],
    };

    public static PortalType Person { get; } = new()
    {
        Name = "Person",
        Title = "Person",
        EntitySet = "People",
        PropertySheets = ["PersonFields"],
        IdGeneration = new IdGeneration { Pattern = "P-{seq:0000}" },
        IndexedProperties = ["FullName", "Region"],
    };

    public static PortalType SaleOrder { get; } = new()
    {
        Name = "SaleOrder",
        Title = "Sale Order",
        PropertySheets = ["OrderHeader", "Amounts"],
        AllowedContentTypes = [new ContainedType { Type = "SaleOrderLine", Property = "Lines" }],
        IdGeneration = new IdGeneration { Pattern = "SO-{yyyy}-{seq:00000}" },
        IndexedProperties = ["Reference", "Customer", "OrderDate", "CreatedAt"],
        TitleExpression = "$\"{Document.GetString(\"Reference\")}\"",
        Layout = new LayoutHints
        {
            ListColumns = ["Id", "Reference", "Customer", "Total", "CreatedAt"],
            FormGroups = [new FormGroup { Title = "Order", Properties = ["Reference", "Customer", "Status"] }, new FormGroup { Title = "Lines", Properties = ["Lines"] }],
        },
    };

    public static PortalType SaleOrderLine { get; } = new()
    {
        Name = "SaleOrderLine",
        Title = "Sale Order Line",
        PropertySheets = ["OrderLine"],
    };

    public static SiteDefinitions Site { get; } = new(
        [Person, SaleOrder, SaleOrderLine],
        [PersonFields, OrderHeader, Amounts, OrderLine],
        [Region]);
}
