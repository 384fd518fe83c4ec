namespace ErpCode.Core.Storage.Queries;

public enum SortDirection
{
    Ascending,
    Descending,
}
