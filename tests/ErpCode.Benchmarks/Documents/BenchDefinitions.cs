using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Benchmarks.Documents;

/// <summary>The definitions the document benchmarks install: a sales site (persons, sale orders with lines), and filler types.</summary>
internal static class BenchDefinitions
{
    public static async Task InstallSalesAsync(DocumentBenchSite site)
    {
        await site.Definitions.SaveAsync(new PropertySheet
        {
            Name = "PersonSheet",
            Properties = [new PropertyDefinition { Name = "Name", Required = true, MaxLength = 80 }, new PropertyDefinition { Name = "Email", Pattern = "^[^@\\s]+@[^@\\s]+$" }],
        }, site.Caller);
        await site.Definitions.SaveAsync(new PortalType { Name = "Person", PropertySheets = ["PersonSheet"] }, site.Caller);
        await site.Definitions.SaveAsync(new PropertySheet
        {
            Name = "LineSheet",
            Properties =
            [
                new PropertyDefinition { Name = "Product", Required = true, MaxLength = 40 },
                new PropertyDefinition { Name = "Quantity", Type = PropertyType.Decimal, Required = true, Min = 0.001m },
                new PropertyDefinition { Name = "Price", Type = PropertyType.Decimal, Required = true, Min = 0m },
                new PropertyDefinition { Name = "Amount", Type = PropertyType.Decimal, Computed = "Document.GetDecimal(\"Quantity\") * Document.GetDecimal(\"Price\")" },
            ],
        }, site.Caller);
        await site.Definitions.SaveAsync(new PortalType { Name = "SaleOrderLine", PropertySheets = ["LineSheet"] }, site.Caller);
        await site.Definitions.SaveAsync(new PropertySheet
        {
            Name = "OrderSheet",
            Properties =
            [
                new PropertyDefinition { Name = "Customer", Type = PropertyType.Reference, Target = "Person", Required = true },
                new PropertyDefinition { Name = "Status", Type = PropertyType.Enum, Values = ["draft", "confirmed"], Default = "\"draft\"" },
                new PropertyDefinition { Name = "OrderDate", Type = PropertyType.Date, Required = true },
                new PropertyDefinition { Name = "DeliveryDate", Type = PropertyType.Date },
                new PropertyDefinition { Name = "Total", Type = PropertyType.Decimal, Computed = "Document.GetList(\"Lines\").Sum(l => l.GetDecimal(\"Amount\"))" },
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
        }, site.Caller);
        await site.Definitions.SaveAsync(new PortalType
        {
            Name = "SaleOrder",
            PropertySheets = ["OrderSheet"],
            AllowedContentTypes = [new ContainedType { Type = "SaleOrderLine", Property = "Lines" }],
            IdGeneration = new IdGeneration { Pattern = "SO-{yyyy}-{seq:000000}" },
            IndexedProperties = ["Status", "Customer"],
        }, site.Caller);
    }

    /// <summary>A sale order of <paramref name="lines"/> lines for <paramref name="customer"/>, as a client sends it.</summary>
    public static DocumentValue Order(string customer, int lines) => DocumentValue.Create(
        ("Customer", customer),
        ("OrderDate", new DateOnly(2026, 11, 26)),
        ("DeliveryDate", new DateOnly(2026, 12, 10)),
        ("Lines", new ArrayValue(Enumerable.Range(1, lines).Select(i => (DocValue)DocumentValue.Create(
            ("Product", $"Product {i}"),
            ("Quantity", (decimal)i),
            ("Price", 9.99m + i))))));

    /// <summary>Filler type <paramref name="i"/>: its own sheet of ten properties, one computed, one constraint.</summary>
    public static (PropertySheet Sheet, PortalType Type) Filler(int i) => (
        new PropertySheet
        {
            Name = $"Sheet{i:000}",
            Properties =
            [
                new PropertyDefinition { Name = "Code", Required = true, MaxLength = 20 },
                new PropertyDefinition { Name = "Label" },
                new PropertyDefinition { Name = "Kind", Type = PropertyType.Enum, Values = ["a", "b", "c"] },
                new PropertyDefinition { Name = "Count", Type = PropertyType.Int, Min = 0 },
                new PropertyDefinition { Name = "Rate", Type = PropertyType.Decimal },
                new PropertyDefinition { Name = "Price", Type = PropertyType.Money },
                new PropertyDefinition { Name = "Active", Type = PropertyType.Bool },
                new PropertyDefinition { Name = "Since", Type = PropertyType.Date },
                new PropertyDefinition { Name = "Seen", Type = PropertyType.DateTime },
                new PropertyDefinition { Name = "Score", Type = PropertyType.Decimal, Computed = $"Document.Has(\"Rate\") ? Document.GetDecimal(\"Rate\") * {i} : 0m" },
            ],
            Constraints = [new ConstraintDefinition { Name = "CodeShape", Expression = "Document.GetString(\"Code\")!.Length > 1", Message = "The code is too short" }],
        },
        new PortalType { Name = $"Filler{i:000}", PropertySheets = [$"Sheet{i:000}"], IndexedProperties = ["Code"] });
}
