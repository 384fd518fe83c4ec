using System.Text;
using ErpCode.Portal.Lists;

namespace ErpCode.Portal.Tests.Lists;

public sealed class CsvTextTests
{
    private static string Row(params string[] fields)
    {
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, fields);
        return csv.ToString();
    }

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_others_are_not()
    {
        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", Row("plain", "a,b", "say \"hi\"", "two\nlines"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    public void A_text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string field, string written)
    {
        Assert.Equal(written + "\r\n", Row(field));
    }

    [Theory]
    [InlineData("-12.50")]
    [InlineData("-3")]
    [InlineData("2026-01-05")]
    public void Negative_numbers_and_dates_are_written_as_they_are(string field)
    {
        Assert.Equal(field + "\r\n", Row(field));
    }
}
