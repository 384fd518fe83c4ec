using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.TestSupport;

/// <summary>
/// Evaluates the filter IR in memory with the semantics documented on <see cref="Filter"/>: Eq matches a present,
/// equal value (numbers by value, Eq null only an explicit null), Ne is Not(Eq), ordering comparisons match present
/// values of the operand's kind (numbers together), Exists matches a present field, null included.
/// </summary>
internal static class ReferenceFilter
{
    public static bool Matches(Filter filter, StoredDocument document) =>
        Evaluate(filter, path => document.TryGet(path, out var value) ? value : null);

    private static bool Evaluate(Filter filter, Func<FieldPath, DocValue?> get) => filter switch
    {
        AndFilter and => and.Filters.All(f => Evaluate(f, get)),
        OrFilter or => or.Filters.Any(f => Evaluate(f, get)),
        NotFilter not => !Evaluate(not.Inner, get),
        ExistsFilter exists => get(exists.Field) is not null,
        ComparisonFilter c => Compare(get(c.Field), c.Operator, c.Value),
        InFilter @in => @in.Values.Any(v => Compare(get(@in.Field), ComparisonOperator.Eq, v)),
        StringMatchFilter s => get(s.Field) is StringValue sv && StringMatches(sv.Value, s),
        AnyElementFilter any => get(any.Field) is ArrayValue array
            && array.Any(element => any.Element is null || Evaluate(any.Element, path => InElement(element, path))),
        _ => throw new NotSupportedException(filter.GetType().Name),
    };

    private static DocValue? InElement(DocValue element, FieldPath path)
    {
        if (path.IsElement)
        {
            return element;
        }

        return element is DocumentValue document && document.TryGet(path, out var value) ? value : null;
    }

    private static bool Compare(DocValue? present, ComparisonOperator op, DocValue operand)
    {
        switch (op)
        {
            case ComparisonOperator.Eq:
                return present is not null && AreEqual(present, operand);
            case ComparisonOperator.Ne:
                return !(present is not null && AreEqual(present, operand));
        }

        if (present is null || !SameKind(present, operand))
        {
            return false;
        }

        var c = ReferenceOrder.CompareSameRank(present, operand);
        return op switch
        {
            ComparisonOperator.Gt => c > 0,
            ComparisonOperator.Ge => c >= 0,
            ComparisonOperator.Lt => c < 0,
            ComparisonOperator.Le => c <= 0,
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
    }

    private static bool SameKind(DocValue a, DocValue b) => (a.IsNumber && b.IsNumber) || a.Kind == b.Kind;

    private static bool AreEqual(DocValue present, DocValue operand)
    {
        if (operand.Kind == ValueKind.Null)
        {
            return present.Kind == ValueKind.Null;
        }

        return present.IsNumber && operand.IsNumber
            ? ReferenceOrder.ToDecimal(present) == ReferenceOrder.ToDecimal(operand)
            : present.Equals(operand);
    }

    private static bool StringMatches(string text, StringMatchFilter s)
    {
        var comparison = s.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return s.Kind switch
        {
            StringMatchKind.StartsWith => text.StartsWith(s.Value, comparison),
            StringMatchKind.EndsWith => text.EndsWith(s.Value, comparison),
            StringMatchKind.Contains => text.Contains(s.Value, comparison),
            _ => throw new ArgumentOutOfRangeException(nameof(s)),
        };
    }
}
