using System.Globalization;

namespace ErpCode.Portal.Forms.Editors;

/// <summary>The culture of the date pickers: the invariant one with ISO dates (2026-11-26), as dates are written everywhere else in the portal.</summary>
public static class DateCulture
{
    public static CultureInfo Iso { get; } = Create();

    private static CultureInfo Create()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
        return CultureInfo.ReadOnly(culture);
    }
}
