namespace ErpCode.Core.Storage.Queries;

/// <summary>
/// One key of a sort. Values sort as MongoDB sorts them: missing and null first, then numbers
/// (integers and decimals together, by value), strings (ordinal, by UTF-8 bytes), documents, arrays,
/// booleans, date-times, dates.
/// </summary>
public sealed record SortField(FieldPath Field, SortDirection Direction = SortDirection.Ascending)
{
    public static SortField Asc(string path) => new(FieldPath.Parse(path));

    public static SortField Desc(string path) => new(FieldPath.Parse(path), SortDirection.Descending);
}
