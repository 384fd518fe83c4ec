using System.Linq;
using ErpCode.Scripting;

/// <summary>An organisation: the VAT number is kept without spaces and in capitals, so it matches however it was typed.</summary>
public sealed class Organisation : DocumentClass
{
    protected override void BeforeSave()
    {
        Document.Set("Name", Document.GetString("Name")?.Trim());
        if (Document.GetString("VatNumber") is { } vat)
        {
            Document.Set("VatNumber", vat.Replace(" ", string.Empty, System.StringComparison.Ordinal).ToUpperInvariant());
        }
    }

    protected override void Check(DocumentChecks checks)
    {
        var billing = Document.GetList("Addresses").Count(a => a.GetString("Kind") == "billing");
        if (billing > 1)
        {
            checks.Fail("Addresses", "An organisation has at most one billing address");
        }
    }

    /// <summary>The first address of the kind asked for (billing, delivery, office, home), as one line; empty when none.</summary>
    [Exposed(ReadOnly = true)]
    public string AddressOf(string kind) => Addresses.Line(Document, kind);
}
