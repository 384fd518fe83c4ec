using System;
using System.Linq;
using ErpCode.Scripting;

/// <summary>
/// The money rule of sales documents, in one place: amounts are exact decimals; each line's net amount
/// (quantity x unit price less its discount) and its tax are rounded to 2 digits, half away from zero
/// (commercial rounding: 0.125 becomes 0.13), and the totals are the sums of those rounded line amounts, so the
/// lines of a printed order always add up to its total. The computed NetAmount and TaxAmount of SaleLineSheet
/// apply the same rule (an expression is the only code that reaches a line); TradeTests checks they agree.
/// </summary>
public static class SaleAmounts
{
    /// <summary>Digits after the decimal point of every amount.</summary>
    public const int Decimals = 2;

    /// <summary>Rounds <paramref name="value"/> to <see cref="Decimals"/> digits, half away from zero.</summary>
    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>Quantity x unit price less the discount (a percentage), rounded.</summary>
    public static decimal LineNet(IDocumentAccess line) =>
        Round(ValueOf(line, "Quantity") * ValueOf(line, "Price") * (100m - ValueOf(line, "Discount")) / 100m);

    /// <summary>The tax (a percentage) of the rounded net amount, rounded.</summary>
    public static decimal LineTax(IDocumentAccess line) => Round(LineNet(line) * ValueOf(line, "Tax") / 100m);

    /// <summary>Sets Subtotal, TaxTotal and Total of <paramref name="document"/> from its Lines.</summary>
    public static void SetTotals(IDocumentAccess document)
    {
        var lines = document.GetList("Lines");
        var subtotal = lines.Sum(LineNet);
        var tax = lines.Sum(LineTax);
        document.Set("Subtotal", subtotal);
        document.Set("TaxTotal", tax);
        document.Set("Total", subtotal + tax);
    }

    private static decimal ValueOf(IDocumentAccess line, string name) => line.Get(name) switch
    {
        decimal d => d,
        long l => l,
        _ => 0m,
    };
}
