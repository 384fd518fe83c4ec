using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;

namespace ErpCode.OData.Expansion;

/// <summary>
/// Evaluates the store's <see cref="Filter"/> on values already loaded, with the store's semantics (numbers compare by
/// value, <c>Ne</c> matches a missing field, ordering comparisons only within one kind). Used for the nested
/// <c>$filter</c> and <c>$orderby</c> of an <c>$expand</c>: contained children live inside their loaded parent.
/// </summary>
internal static class LoadedFilter
{
    public static bool Matches(Filter filter, DocValue value) => filter switch
    {
        AndFilter and => and.Filters.All(f => Matches(f, value)),
        OrFilter or => or.Filters.Any(f => Matches(f, value)),
        NotFilter not => !Matches(not.Inner, value),
        ExistsFilter exists => Get(value, exists.Field) is not null,
        InFilter @in => Get(value, @in.Field) is { } found && @in.Values.Any(v => Compare(found, v) == 0),
        ComparisonFilter comparison => Compare(comparison, Get(value, comparison.Field)),
        StringMatchFilter match => Get(value, match.Field) is StringValue text && StringMatch(text.Value, match),
        AnyElementFilter any => Get(value, any.Field) is ArrayValue array && array.Items.Any(i => any.Element is null || Matches(any.Element, i)),
        _ => false,
    };

    /// <summary>Orders values as the store does: nulls and missing values first, then by value within a kind.</summary>
    public static int Order(DocValue? left, DocValue? right)
    {
        if (left is null or NullValue || right is null or NullValue)
        {
            return (left is null or NullValue ? 0 : 1) - (right is null or NullValue ? 0 : 1);
        }

        return Compare(left, right) ?? string.CompareOrdinal(left.Kind.ToString(), right.Kind.ToString());
    }

    public static DocValue? Get(DocValue value, FieldPath field)
    {
        if (field.IsElement)
        {
            return value;
        }

        var current = value;
        foreach (var segment in field.Segments)
        {
            var name = segment switch
            {
                FieldPath.IdName => SystemProperties.Id,
                FieldPath.VersionName => SystemProperties.Version,
                _ => segment,
            };
            if (current is not DocumentValue document || !document.TryGet(name, out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static bool Compare(ComparisonFilter filter, DocValue? found)
    {
        if (filter.Operator == ComparisonOperator.Eq)
        {
            return found is not null && Compare(found, filter.Value) == 0;
        }

        if (filter.Operator == ComparisonOperator.Ne)
        {
            return found is null || Compare(found, filter.Value) != 0;
        }

        if (found is null or NullValue || filter.Value is NullValue || Compare(found, filter.Value) is not { } order)
        {
            return false;
        }

        return filter.Operator switch
        {
            ComparisonOperator.Gt => order > 0,
            ComparisonOperator.Ge => order >= 0,
            ComparisonOperator.Lt => order < 0,
            _ => order <= 0,
        };
    }

    /// <summary>The order of two values of comparable kinds, null when they cannot be compared.</summary>
    private static int? Compare(DocValue left, DocValue right) => (left, right) switch
    {
        (NullValue, NullValue) => 0,
        (NullValue, _) or (_, NullValue) => null,
        (StringValue a, StringValue b) => string.CompareOrdinal(a.Value, b.Value),
        (BoolValue a, BoolValue b) => a.Value.CompareTo(b.Value),
        (DateValue a, DateValue b) => a.Value.CompareTo(b.Value),
        (DateTimeValue a, DateTimeValue b) => a.Value.CompareTo(b.Value),
        _ when Number(left) is { } a && Number(right) is { } b => a.CompareTo(b),
        _ => left.Equals(right) ? 0 : null,
    };

    private static decimal? Number(DocValue value) => value switch
    {
        Int64Value i => i.Value,
        DecimalValue d => d.Value,
        _ => null,
    };

    private static bool StringMatch(string text, StringMatchFilter match)
    {
        var comparison = match.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return match.Kind switch
        {
            StringMatchKind.StartsWith => text.StartsWith(match.Value, comparison),
            StringMatchKind.EndsWith => text.EndsWith(match.Value, comparison),
            _ => text.Contains(match.Value, comparison),
        };
    }
}
