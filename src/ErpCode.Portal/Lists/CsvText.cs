using System.Text;

namespace ErpCode.Portal.Lists;

/// <summary>Writes CSV as RFC 4180 reads it: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote or line break.</summary>
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
            csv.Append(field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field);
        }

        csv.Append("\r\n");
    }
}
