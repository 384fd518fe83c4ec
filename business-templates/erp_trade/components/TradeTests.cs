using System;
using System.Collections.Generic;
using System.Linq;
using ErpCode.Scripting;

/// <summary>The rules of erp_trade: exact totals, the order workflow and its guards, and invoicing.</summary>
public sealed class TradeTests : SiteTest
{
    [Test]
    public void Totals_are_exact_decimals_rounded_line_by_line()
    {
        var order = NewOrder(Line(3m, 19.99m, discount: 10m, tax: 20m), Line(7m, 0.10m, discount: 0m, tax: 5.5m));

        // 3 x 19.99 less 10% = 53.973 -> 53.97, tax 10.794 -> 10.79; 7 x 0.10 = 0.70, tax 0.0385 -> 0.04.
        Equal(54.67m, order.GetDecimal("Subtotal"), "the subtotal");
        Equal(10.83m, order.GetDecimal("TaxTotal"), "the tax");
        Equal(65.50m, order.GetDecimal("Total"), "the total");
    }

    [Test]
    public void A_half_cent_rounds_away_from_zero()
    {
        var order = NewOrder(Line(1m, 0.125m, discount: 0m, tax: 0m), Line(1m, 0.135m, discount: 0m, tax: 0m));

        Equal(0.27m, order.GetDecimal("Total"), "0.125 -> 0.13 plus 0.135 -> 0.14");
    }

    [Test]
    public void The_line_amounts_add_up_to_the_totals()
    {
        var order = NewOrder(Line(2.5m, 33.33m, discount: 12.5m, tax: 19.6m), Line(11m, 0.07m, discount: 3m, tax: 7m), Line(1m, 999.995m, discount: 0m, tax: 20m));

        var lines = order.GetList("Lines");
        Equal(order.GetDecimal("Subtotal"), lines.Sum(l => l.GetDecimal("NetAmount")), "the sum of the lines' net amounts");
        Equal(order.GetDecimal("TaxTotal"), lines.Sum(l => l.GetDecimal("TaxAmount")), "the sum of the lines' taxes");
    }

    [Test]
    public void An_order_without_lines_cannot_be_confirmed()
    {
        var order = NewOrder();

        var refused = Refused(() => Portal.Fire("SaleOrder", order.Id, "Confirm"));

        Check(refused.Contains("condition", StringComparison.Ordinal), "the guard refuses: " + refused);
        Equal("draft", Portal.Find("SaleOrder", order.Id)!.GetString("OrderState"), "the state");
    }

    [Test]
    public void An_order_holding_a_product_no_longer_sold_cannot_be_confirmed()
    {
        var order = NewOrder(Line(1m, 10m, discount: 0m, tax: 0m));
        Portal.Update("Product", order.GetList("Lines")[0].GetString("Product")!, new Dictionary<string, object?> { ["Active"] = false });

        var refused = Refused(() => Portal.Fire("SaleOrder", order.Id, "Confirm"));

        Check(refused.Contains("no longer sold", StringComparison.Ordinal), "the before script refuses: " + refused);
    }

    [Test]
    public void A_delivered_order_is_invoiced_with_the_same_lines_and_totals()
    {
        var order = NewOrder(Line(4m, 12.50m, discount: 5m, tax: 20m));
        Portal.Fire("SaleOrder", order.Id, "Confirm");
        Portal.Fire("SaleOrder", order.Id, "Deliver");

        var invoiceId = (string)Portal.Call("SaleOrder", order.Id, "CreateInvoice")!;

        var invoice = Portal.Find("Invoice", invoiceId)!;
        Equal(order.Id, invoice.GetString("Order"), "the invoice's order");
        Equal(order.GetDecimal("Total"), invoice.GetDecimal("Total"), "the invoice total");
        Equal(1, invoice.GetList("Lines").Count, "the invoice lines");
        Equal("issued", invoice.GetString("InvoiceState"), "the invoice state");
        Equal("invoiced", Portal.Find("SaleOrder", order.Id)!.GetString("OrderState"), "the order state");
    }

    [Test]
    public void Only_a_delivered_order_is_invoiced()
    {
        var order = NewOrder(Line(1m, 10m, discount: 0m, tax: 0m));

        var refused = Refused(() => Portal.Call("SaleOrder", order.Id, "CreateInvoice"));

        Check(refused.Contains("only a delivered order", StringComparison.Ordinal), "the refusal explains why: " + refused);
    }

    [Test]
    public void A_line_in_another_currency_is_refused()
    {
        var dollars = Portal.Create("Product", string.Empty, null, new Dictionary<string, object?> { ["Name"] = "Imported lamp", ["Price"] = 30m, ["Currency"] = "USD" });

        var refused = Refused(() => NewOrder(new Dictionary<string, object?> { ["Product"] = dollars.Id, ["Quantity"] = 1m, ["Price"] = 30m }));

        Check(refused.Contains("sold in USD", StringComparison.Ordinal), "the refusal names the currency: " + refused);
    }

    private IDocumentAccess NewOrder(params Dictionary<string, object?>[] lines)
    {
        var customer = Portal.Create("Organisation", string.Empty, null, new Dictionary<string, object?> { ["Name"] = "Test Customer", ["Currency"] = "EUR" });
        return Portal.Create("SaleOrder", string.Empty, null, new Dictionary<string, object?>
        {
            ["Customer"] = customer.Id,
            ["Currency"] = "EUR",
            ["Lines"] = lines.Cast<object?>().ToList(),
        });
    }

    private Dictionary<string, object?> Line(decimal quantity, decimal price, decimal discount, decimal tax)
    {
        var product = Portal.Create("Product", string.Empty, null, new Dictionary<string, object?> { ["Name"] = "Test product", ["Price"] = price, ["Currency"] = "EUR" });
        return new Dictionary<string, object?> { ["Product"] = product.Id, ["Quantity"] = quantity, ["Price"] = price, ["Discount"] = discount, ["Tax"] = tax };
    }

    private static string Refused(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            return ex.Message;
        }

        throw new TestFailedException("the change was accepted, but it should have been refused");
    }
}
