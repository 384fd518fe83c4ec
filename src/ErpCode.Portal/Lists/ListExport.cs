using System.Text;
using ErpCode.Core.Documents;
using ErpCode.Core.Security;

namespace ErpCode.Portal.Lists;

/// <summary>
/// The CSV of a list: a header of the column titles, then every document matching the list's filters in its sort
/// order, read from the document service page by page (as the caller, so only what they may view) and written with
/// the list's own value texts.
/// </summary>
public sealed class ListExport(DocumentService documents)
{
    /// <summary>How many documents each store query of an export reads.</summary>
    public const int PageSize = 500;

    public async Task<string> CsvAsync(string portalType, IReadOnlyList<ListColumn> columns, ListQuery query, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(query);
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, columns.Select(c => c.Title));
        string? token = null;
        do
        {
            var page = await documents.QueryAsync(portalType, query.Build(PageSize, token), caller, cancellationToken);
            foreach (var document in page.Documents)
            {
                CsvText.AppendRow(csv, columns.Select(c => ListColumns.Text(c, document)));
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
        return csv.ToString();
    }
}
