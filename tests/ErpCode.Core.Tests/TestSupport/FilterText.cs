using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.TestSupport;

/// <summary>
/// Renders a filter tree as compact text, so tests can compare shapes: filter records hold immutable arrays,
/// whose equality is by reference, so two equal trees built apart are not <c>Equals</c>.
/// </summary>
internal static class FilterText
{
    public static string Of(Filter filter) => filter switch
    {
        AndFilter and => $"And({string.Join(", ", and.Filters.Select(Of))})",
        OrFilter or => $"Or({string.Join(", ", or.Filters.Select(Of))})",
        NotFilter not => $"Not({Of(not.Inner)})",
        ExistsFilter exists => $"Exists({exists.Field})",
        ComparisonFilter c => $"{c.Operator}({c.Field}, {Value(c.Value)})",
        InFilter @in => $"In({@in.Field}, [{string.Join(", ", @in.Values.Select(Value))}])",
        StringMatchFilter s => $"{s.Kind}({s.Field}, \"{s.Value}\"{(s.IgnoreCase ? ", ignoreCase" : string.Empty)})",
        AnyElementFilter any => any.Element is null ? $"Any({any.Field})" : $"Any({any.Field}, {Of(any.Element)})",
        _ => throw new NotSupportedException(filter.GetType().Name),
    };

    private static string Value(DocValue value) => value is StringValue s ? $"\"{s.Value}\"" : value.ToString()!;
}
