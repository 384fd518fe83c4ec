using System;
using System.Collections.Generic;
using System.Linq;
using ErpCode.Scripting;

/// <summary>The rules of erp_accounting: transactions balance, lines are one-sided, invoices post once and balance.</summary>
public sealed class AccountingTests : SiteTest
{
    [Test]
    public void An_unbalanced_transaction_is_refused()
    {
        var refused = Refused(() => NewTransaction(Line("asset/bank", 100m, 0m), Line("income/sales", 0m, 99.99m)));

        Check(refused.Contains("does not balance", StringComparison.Ordinal), "the constraint refuses: " + refused);
    }

    [Test]
    public void A_line_both_debit_and_credit_is_refused()
    {
        var refused = Refused(() => NewTransaction(Line("asset/bank", 10m, 10m), Line("income/sales", 0m, 0m)));

        Check(refused.Contains("either a debit or a credit", StringComparison.Ordinal), "the line constraint refuses: " + refused);
    }

    [Test]
    public void A_balanced_transaction_is_validated_with_its_totals()
    {
        var transaction = NewTransaction(Line("asset/bank", 250m, 0m), Line("equity/capital", 0m, 250m));

        var validated = Portal.Fire("AccountingTransaction", transaction.Id, "Validate");

        Equal("validated", validated.GetString("TransactionState"), "the state");
        Equal(250m, validated.GetDecimal("TotalDebit"), "the total debit");
        Equal(250m, validated.GetDecimal("TotalCredit"), "the total credit");
    }

    [Test]
    public void Posting_an_invoice_books_a_validated_balanced_transaction_once()
    {
        var invoice = NewInvoice();

        var id = (string)Portal.Call("AccountingJournal", "SALES", "PostInvoice", new Dictionary<string, object?> { ["invoice"] = invoice.Id })!;

        var transaction = Portal.Find("AccountingTransaction", id)!;
        Equal("validated", transaction.GetString("TransactionState"), "the state");
        Equal(invoice.GetDecimal("Total"), transaction.GetDecimal("TotalDebit"), "the debit");
        Equal(transaction.GetDecimal("TotalDebit"), transaction.GetDecimal("TotalCredit"), "the credit");
        Equal(invoice.GetDecimal("TaxTotal"), transaction.GetList("Lines").Where(l => l.GetString("Account") == "liability/vat_collected").Sum(l => l.GetDecimal("Credit")), "the tax collected");
        var again = Refused(() => Portal.Call("AccountingJournal", "SALES", "PostInvoice", new Dictionary<string, object?> { ["invoice"] = invoice.Id }));
        Check(again.Contains("already posted", StringComparison.Ordinal), "a second posting is refused: " + again);
    }

    private IDocumentAccess NewTransaction(params Dictionary<string, object?>[] lines) =>
        Portal.Create("AccountingTransaction", string.Empty, null, new Dictionary<string, object?>
        {
            ["Description"] = "Test transaction",
            ["Currency"] = "EUR",
            ["Lines"] = lines.Cast<object?>().ToList(),
        });

    private static Dictionary<string, object?> Line(string account, decimal debit, decimal credit) =>
        new() { ["Account"] = account, ["Debit"] = debit, ["Credit"] = credit };

    private IDocumentAccess NewInvoice()
    {
        var customer = Portal.Create("Organisation", string.Empty, null, new Dictionary<string, object?> { ["Name"] = "Test Customer", ["Currency"] = "EUR" });
        var product = Portal.Create("Product", string.Empty, null, new Dictionary<string, object?> { ["Name"] = "Test product", ["Price"] = 19.99m, ["Currency"] = "EUR" });
        var order = Portal.Create("SaleOrder", string.Empty, null, new Dictionary<string, object?>
        {
            ["Customer"] = customer.Id,
            ["Currency"] = "EUR",
            ["Lines"] = new List<object?> { new Dictionary<string, object?> { ["Product"] = product.Id, ["Quantity"] = 3m, ["Price"] = 19.99m, ["Discount"] = 10m, ["Tax"] = 20m } },
        });
        Portal.Fire("SaleOrder", order.Id, "Confirm");
        Portal.Fire("SaleOrder", order.Id, "Deliver");
        var invoiceId = (string)Portal.Call("SaleOrder", order.Id, "CreateInvoice")!;
        return Portal.Find("Invoice", invoiceId)!;
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
