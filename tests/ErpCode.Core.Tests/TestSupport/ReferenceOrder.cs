using System.Collections.Immutable;
using System.Text;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.TestSupport;

/// <summary>
/// The documented sort order, written independently of the store (SortField.cs): missing and null first, then
/// numbers (integers and decimals together, by value), strings (ordinal by UTF-8 bytes), documents, arrays,
/// booleans, date-times, dates.
/// </summary>
internal static class ReferenceOrder
{
    public static int Rank(DocValue? value) => value?.Kind switch
    {
        null or ValueKind.Null => 0,
        ValueKind.Int64 or ValueKind.Decimal => 1,
        ValueKind.String => 2,
        ValueKind.Document => 3,
        ValueKind.Array => 4,
        ValueKind.Bool => 5,
        ValueKind.DateTime => 6,
        ValueKind.Date => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>Compares two values in sort order; a missing value is <c>null</c> here and ties with an explicit null.</summary>
    public static int Compare(DocValue? left, DocValue? right)
    {
        var byRank = Rank(left).CompareTo(Rank(right));
        if (byRank != 0 || Rank(left) == 0)
        {
            return byRank;
        }

        return CompareSameRank(left!, right!);
    }

    /// <summary>Orders two present values of the same rank; only scalar kinds take part in sorts and comparisons.</summary>
    public static int CompareSameRank(DocValue left, DocValue right) => (left, right) switch
    {
        _ when left.IsNumber && right.IsNumber => ToDecimal(left).CompareTo(ToDecimal(right)),
        (StringValue l, StringValue r) => Encoding.UTF8.GetBytes(l.Value).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(r.Value)),
        (BoolValue l, BoolValue r) => l.Value.CompareTo(r.Value),
        (DateTimeValue l, DateTimeValue r) => l.Value.CompareTo(r.Value),
        (DateValue l, DateValue r) => l.Value.CompareTo(r.Value),
        _ => throw new NotSupportedException($"The reference order does not compare {left.Kind} with {right.Kind}."),
    };

    public static decimal ToDecimal(DocValue number) => number switch
    {
        Int64Value i => i.Value,
        DecimalValue d => d.Value,
        _ => throw new ArgumentException("not a number", nameof(number)),
    };

    /// <summary>Sorts documents by the keys in order, each ascending or descending.</summary>
    public static List<StoredDocument> Sort(IEnumerable<StoredDocument> documents, ImmutableArray<SortField> sort)
    {
        var list = documents.ToList();
        list.Sort((a, b) =>
        {
            foreach (var key in sort)
            {
                var c = Compare(ValueAt(a, key.Field), ValueAt(b, key.Field));
                if (c != 0)
                {
                    return key.Direction == SortDirection.Ascending ? c : -c;
                }
            }

            return 0;
        });
        return list;
    }

    private static DocValue? ValueAt(StoredDocument document, FieldPath field) =>
        document.TryGet(field, out var value) ? value : null;
}
