using System;
using System.Collections.Generic;
using System.Linq;
using ErpCode.Scripting;

/// <summary>
/// A journal posts invoices: PostInvoice books an invoice as one validated transaction - the total debited to the
/// receivable account, the net amount credited to the income account and the tax to the tax account - so the
/// books always balance. An invoice is posted once.
/// </summary>
public sealed class AccountingJournal : DocumentClass
{
    /// <summary>Posts the invoice <paramref name="invoice"/> in this journal and returns the id of the validated transaction.</summary>
    [Exposed]
    public string PostInvoice(string invoice)
    {
        var source = Context.Portal.Find("Invoice", invoice)
            ?? throw new InvalidOperationException($"There is no invoice {invoice}");
        if (source.GetString("InvoiceState") == "cancelled")
        {
            throw new InvalidOperationException($"Invoice {invoice} is cancelled: there is nothing to post");
        }

        var posted = Context.Portal.Query("AccountingTransaction", "SourceInvoice", invoice, 10)
            .FirstOrDefault(t => t.GetString("TransactionState") != "cancelled");
        if (posted is not null)
        {
            throw new InvalidOperationException($"Invoice {invoice} is already posted as {posted.Id}");
        }

        var label = $"Invoice {invoice}";
        var lines = new List<object?>
        {
            Line(Document.GetString("ReceivableAccount")!, label, debit: source.GetDecimal("Total"), credit: 0m),
            Line(Document.GetString("IncomeAccount")!, label, debit: 0m, credit: source.GetDecimal("Subtotal")),
        };
        if (source.GetDecimal("TaxTotal") != 0m)
        {
            lines.Add(Line(Document.GetString("TaxAccount")!, label, debit: 0m, credit: source.GetDecimal("TaxTotal")));
        }

        var transaction = Context.Portal.Create("AccountingTransaction", string.Empty, null, new Dictionary<string, object?>
        {
            ["Journal"] = Document.Id,
            ["Date"] = source.GetDate("InvoiceDate"),
            ["Description"] = $"{label} to {source.GetString("Customer")}",
            ["Currency"] = source.GetString("Currency"),
            ["SourceInvoice"] = invoice,
            ["Lines"] = lines,
        });
        Context.Portal.Fire("AccountingTransaction", transaction.Id, "Validate", $"Posted from {label}");
        return transaction.Id;
    }

    private static Dictionary<string, object?> Line(string account, string label, decimal debit, decimal credit) => new()
    {
        ["Account"] = account,
        ["Label"] = label,
        ["Debit"] = debit,
        ["Credit"] = credit,
    };
}
