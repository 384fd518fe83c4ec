using ErpCode.Core.Storage.Queries;

namespace ErpCode.Portal.Lists;

/// <summary>
/// What a list shows, as the store's query: the columns' filters (all must hold) and the sort. The same query pages
/// the list and the CSV export, so the file holds exactly the rows the list shows, in the same order.
/// </summary>
public sealed class ListQuery
{
    private readonly IReadOnlyList<ListColumn> _columns;
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public ListQuery(IReadOnlyList<ListColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _columns = columns;
    }

    public ListSort? Sort { get; private set; }

    /// <summary>The text a user typed into a column's filter.</summary>
    public string FilterText(string column) => _texts.GetValueOrDefault(column, string.Empty);

    /// <summary>Why a column's filter text cannot be read, or null.</summary>
    public string? FilterError(string column) => _errors.GetValueOrDefault(column);

    public bool HasErrors => _errors.Count > 0;

    public bool IsFiltered => _texts.Count > 0;

    /// <summary>Sets a column's filter text; returns false (and keeps the message) when it cannot be read.</summary>
    public bool SetFilter(string column, string? text)
    {
        _errors.Remove(column);
        if (string.IsNullOrWhiteSpace(text))
        {
            _texts.Remove(column);
            return true;
        }

        _texts[column] = text;
        if (_columns.FirstOrDefault(c => c.Key == column) is { } known && ColumnFilter.Parse(known, text).Error is { } error)
        {
            _errors[column] = error;
            return false;
        }

        return true;
    }

    public void ClearFilters()
    {
        _texts.Clear();
        _errors.Clear();
    }

    /// <summary>Sorts by <paramref name="column"/> ascending, or flips the direction when it already sorts by it.</summary>
    public void ToggleSort(string column) =>
        Sort = Sort is { } current && current.Column == column ? current with { Descending = !current.Descending } : new ListSort(column, false);

    /// <summary>The store's query for one page of <paramref name="take"/> documents after <paramref name="continuationToken"/>.</summary>
    public Query Build(int take, string? continuationToken)
    {
        var filters = new List<Filter>();
        foreach (var column in _columns)
        {
            if (_texts.TryGetValue(column.Key, out var text) && ColumnFilter.Parse(column, text).Filter is { } filter)
            {
                filters.Add(filter);
            }
        }

        var query = Query.Where(filters.Count switch { 0 => Filter.All, 1 => filters[0], _ => Filter.And([.. filters]) });
        if (Sort is { } sort && _columns.FirstOrDefault(c => c.Key == sort.Column)?.SortPath is { } path)
        {
            query = query with { Sort = [new SortField(path, sort.Descending ? SortDirection.Descending : SortDirection.Ascending)] };
        }

        return query.Page(take, continuationToken);
    }

    /// <summary>The filter alone (for counting the matches).</summary>
    public Filter Filter => Build(1, null).Filter;
}
