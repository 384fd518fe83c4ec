using System.Collections.Immutable;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Queries;

/// <summary>
/// Builds the filter that selects what comes after a page's last document in sort order, in the store's own
/// filter representation, so both backends page the same way. A missing value sorts as null, first.
/// Paging assumes each sort field holds one kind of value (plus null); values of another kind may be skipped.
/// </summary>
internal static class KeysetFilter
{
    public static Filter After(ImmutableArray<SortField> sort, ImmutableArray<DocValue> lastValues, string lastId)
    {
        var branches = new List<Filter>();
        var equalSoFar = new List<Filter>();
        for (var i = 0; i < sort.Length; i++)
        {
            var field = sort[i].Field;
            var value = field == FieldPath.Id ? new StringValue(lastId) : lastValues[i];
            var after = AfterValue(field, value, sort[i].Direction);
            if (after is not null)
            {
                branches.Add(equalSoFar.Count == 0 ? after : new AndFilter([.. equalSoFar, after]));
            }

            equalSoFar.Add(EqualInSortOrder(field, value));
        }

        return new OrFilter([.. branches]);
    }

    private static Filter EqualInSortOrder(FieldPath field, DocValue value) =>
        value is NullValue
            ? Filter.Or(Filter.Eq(field, DocValue.Null), Filter.Not(Filter.Exists(field)))
            : Filter.Eq(field, value);

    private static Filter? AfterValue(FieldPath field, DocValue value, SortDirection direction)
    {
        if (direction == SortDirection.Ascending)
        {
            return value is NullValue
                ? Filter.And(Filter.Exists(field), Filter.Ne(field, DocValue.Null))
                : Filter.Gt(field, value);
        }

        return value is NullValue
            ? null
            : Filter.Or(Filter.Lt(field, value), Filter.Eq(field, DocValue.Null), Filter.Not(Filter.Exists(field)));
    }
}
