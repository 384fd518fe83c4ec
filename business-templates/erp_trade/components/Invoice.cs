using ErpCode.Scripting;

/// <summary>The behaviour of invoices: totals kept exact on every save (see SaleAmounts); an invoice has at least one line.</summary>
public sealed class Invoice : DocumentClass
{
    protected override void BeforeSave() => SaleAmounts.SetTotals(Document);

    protected override void Check(DocumentChecks checks)
    {
        if (Document.GetList("Lines").Count == 0)
        {
            checks.Fail("Lines", "An invoice has at least one line");
        }
    }
}
