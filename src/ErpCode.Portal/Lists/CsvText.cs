using System.Text;

namespace ErpCode.Portal.Lists;

/// <summary>
/// Writes CSV as RFC 4180 reads it: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote or line
/// break. A text a spreadsheet would run as a formula (starting with =, +, @, a tab, or a minus that does not start a
/// number) is written with a leading apostrophe, so a value a user typed into a document cannot become a formula in
/// whoever opens the export.
/// </summary>
public static class CsvText
{
    public static void AppendRow(StringBuilder csv, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(fields);
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                csv.Append(',');
            }

            first = false;
            var safe = IsFormula(field) ? "'" + field : field;
            csv.Append(safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe);
        }

        csv.Append("\r\n");
    }

    private static bool IsFormula(string field) => field.Length > 0 && field[0] switch
    {
        '=' or '+' or '@' or '\t' or '\r' => true,
        '-' => !decimal.TryParse(field, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _),
        _ => false,
    };
}
