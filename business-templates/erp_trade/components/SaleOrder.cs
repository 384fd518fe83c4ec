using System;
using System.Collections.Generic;
using System.Linq;
using ErpCode.Scripting;

/// <summary>
/// The behaviour of sale orders: totals kept exact on every save (see SaleAmounts), lines checked against the
/// order's currency, and CreateInvoice, which turns a delivered order into an invoice.
/// </summary>
public sealed class SaleOrder : DocumentClass
{
    protected override void BeforeSave() => SaleAmounts.SetTotals(Document);

    protected override void Check(DocumentChecks checks)
    {
        var currency = Document.GetString("Currency");
        var lines = Document.GetList("Lines");
        for (var i = 0; i < lines.Count; i++)
        {
            var productId = lines[i].GetString("Product");
            var product = productId is null ? null : Context.Portal.Find("Product", productId);
            if (product is not null && product.GetString("Currency") != currency)
            {
                checks.Fail($"Lines[{i}].Product", $"{product.GetString("Name")} is sold in {product.GetString("Currency")}, not in the order's currency {currency}");
            }
        }
    }

    /// <summary>Makes the invoice of this delivered order (its lines, customer and currency), marks the order invoiced and returns the invoice's id.</summary>
    [Exposed]
    public string CreateInvoice()
    {
        var state = Document.GetString("OrderState");
        if (state != "delivered")
        {
            throw new InvalidOperationException($"Order {Document.Id} is {state}: only a delivered order can be invoiced");
        }

        var lines = Document.GetList("Lines").Select(line => (object?)Copy(line, "Product", "Description", "Quantity", "Price", "Discount", "Tax")).ToList();
        var invoice = Context.Portal.Create("Invoice", string.Empty, null, new Dictionary<string, object?>
        {
            ["Order"] = Document.Id,
            ["Customer"] = Document.GetString("Customer"),
            ["Currency"] = Document.GetString("Currency"),
            ["InvoiceDate"] = Context.Clock.Today,
            ["Lines"] = lines,
        });
        Context.Portal.Fire("SaleOrder", Document.Id, "Invoice", $"Invoiced as {invoice.Id}");
        return invoice.Id;
    }

    private static Dictionary<string, object?> Copy(IDocumentAccess line, params string[] names)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var name in names.Where(line.Has))
        {
            copy[name] = line.Get(name);
        }

        return copy;
    }
}
