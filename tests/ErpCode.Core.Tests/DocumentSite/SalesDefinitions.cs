using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Tests.DocumentSite;

/// <summary>A small sales site used across the document service tests: persons, sale orders with lines, a region tree.</summary>
internal static class SalesDefinitions
{
    public static BaseCategory Region { get; } = new()
    {
        Name = "region",
        Title = "Region",
        Items =
        [
            new CategoryItem { Id = "europe", Items = [new CategoryItem { Id = "france", Title = "France" }, new CategoryItem { Id = "germany" }] },
            new CategoryItem { Id = "asia" },
        ],
    };

    public static PropertySheet PersonSheet { get; } = new()
    {
        Name = "PersonSheet",
        Properties =
        [
            new PropertyDefinition { Name = "Name", Required = true, MaxLength = 80 },
            new PropertyDefinition { Name = "Email", Pattern = "^[^@\\s]+@[^@\\s]+$" },
            new PropertyDefinition { Name = "Region", Type = PropertyType.Category, Category = "region" },
        ],
    };

    public static PortalType Person { get; } = new()
    {
        Name = "Person",
        Title = "Person",
        EntitySet = "Persons",
        PropertySheets = ["PersonSheet"],
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
            new PropertyDefinition { Name = "OrderDate", Type = PropertyType.Date, DefaultExpression = "Clock.Today" },
            new PropertyDefinition { Name = "DeliveryDate", Type = PropertyType.Date },
            new PropertyDefinition { Name = "Total", Type = PropertyType.Decimal, Computed = "Document.GetList(\"Lines\").Sum(l => l.GetDecimal(\"Amount\"))" },
            new PropertyDefinition { Name = "Notes", Type = PropertyType.Text },
        ],
        Constraints =
        [
            new ConstraintDefinition
            {
                Name = "DeliveryAfterOrder",
                Property = "DeliveryDate",
                Expression = "!Document.Has(\"DeliveryDate\") || Document.GetDate(\"DeliveryDate\") >= Document.GetDate(\"OrderDate\")",
                Message = "The delivery date cannot be before the order date",
            },
        ],
    };

    public static PortalType SaleOrder { get; } = new()
    {
        Name = "SaleOrder",
        Title = "Sale Order",
        EntitySet = "SaleOrders",
        PropertySheets = ["OrderSheet"],
        AllowedContentTypes = [new ContainedType { Type = "SaleOrderLine", Property = "Lines" }],
        IdGeneration = new IdGeneration { Pattern = "SO-{yyyy}-{seq:00000}" },
        IndexedProperties = ["Status", "Customer"],
        TitleExpression = "\"Order for \" + Document.GetString(\"Customer\")",
    };

    /// <summary>Saves the whole sales site in dependency order.</summary>
    public static async Task InstallAsync(DocumentTestSite site)
    {
        var ct = TestContext.Current.CancellationToken;
        await site.Definitions.SaveAsync(Region, site.Caller, ct);
        await site.Definitions.SaveAsync(PersonSheet, site.Caller, ct);
        await site.Definitions.SaveAsync(Person, site.Caller, ct);
        await site.Definitions.SaveAsync(LineSheet, site.Caller, ct);
        await site.Definitions.SaveAsync(SaleOrderLine, site.Caller, ct);
        await site.Definitions.SaveAsync(OrderSheet, site.Caller, ct);
        await site.Definitions.SaveAsync(SaleOrder, site.Caller, ct);
    }
}
