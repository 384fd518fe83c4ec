using System.Collections.Immutable;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Queries;

/// <summary>
/// The store's one filter representation. Each backend translates it; values always travel as parameters or
/// typed BSON. Semantics, the same on every backend:
/// <list type="bullet">
/// <item><c>Eq</c> matches a present, equal value; integers and decimals compare by value; <c>Eq(f, null)</c> matches an explicit null only.</item>
/// <item><c>Ne</c> is <c>Not(Eq)</c>, so it also matches documents where the field is missing.</item>
/// <item><c>Gt/Ge/Lt/Le</c> match present values of the same kind as the operand (numbers together).</item>
/// <item><c>Exists</c> matches a present field, null included.</item>
/// </list>
/// </summary>
public abstract record Filter
{
    private protected Filter()
    {
    }

    /// <summary>Matches every document.</summary>
    public static Filter All { get; } = new AndFilter([]);

    public static Filter Eq(FieldPath field, DocValue value) => new ComparisonFilter(field, ComparisonOperator.Eq, value);

    public static Filter Ne(FieldPath field, DocValue value) => new ComparisonFilter(field, ComparisonOperator.Ne, value);

    public static Filter Gt(FieldPath field, DocValue value) => new ComparisonFilter(field, ComparisonOperator.Gt, value);

    public static Filter Ge(FieldPath field, DocValue value) => new ComparisonFilter(field, ComparisonOperator.Ge, value);

    public static Filter Lt(FieldPath field, DocValue value) => new ComparisonFilter(field, ComparisonOperator.Lt, value);

    public static Filter Le(FieldPath field, DocValue value) => new ComparisonFilter(field, ComparisonOperator.Le, value);

    public static Filter In(FieldPath field, params DocValue[] values) => new InFilter(field, [.. values]);

    public static Filter Exists(FieldPath field) => new ExistsFilter(field);

    public static Filter StartsWith(FieldPath field, string value, bool ignoreCase = false) =>
        new StringMatchFilter(field, StringMatchKind.StartsWith, value, ignoreCase);

    public static Filter EndsWith(FieldPath field, string value, bool ignoreCase = false) =>
        new StringMatchFilter(field, StringMatchKind.EndsWith, value, ignoreCase);

    public static Filter Contains(FieldPath field, string value, bool ignoreCase = false) =>
        new StringMatchFilter(field, StringMatchKind.Contains, value, ignoreCase);

    /// <summary>Matches documents whose array <paramref name="field"/> has an element that satisfies <paramref name="element"/>.</summary>
    public static Filter AnyElement(FieldPath field, Filter? element = null) => new AnyElementFilter(field, element);

    public static Filter And(params Filter[] filters) => new AndFilter([.. filters]);

    public static Filter Or(params Filter[] filters) => new OrFilter([.. filters]);

    public static Filter Not(Filter filter) => new NotFilter(filter);

    public static Filter operator &(Filter left, Filter right) => And(left, right);

    public static Filter operator |(Filter left, Filter right) => Or(left, right);

    public static Filter operator !(Filter filter) => Not(filter);
}

/// <summary>A field compared with a value; see <see cref="Filter"/> for the semantics of each operator.</summary>
public sealed record ComparisonFilter(FieldPath Field, ComparisonOperator Operator, DocValue Value) : Filter;

/// <summary>The field equals one of <see cref="Values"/>.</summary>
public sealed record InFilter(FieldPath Field, ImmutableArray<DocValue> Values) : Filter;

/// <summary>The field is present (an explicit null counts as present).</summary>
public sealed record ExistsFilter(FieldPath Field) : Filter;

/// <summary>
/// The field is a string that starts with, ends with or contains <see cref="Value"/>. With <see cref="IgnoreCase"/>
/// letters compare by Unicode simple case mapping (Ä matches ä, Ж matches ж).
/// </summary>
public sealed record StringMatchFilter(FieldPath Field, StringMatchKind Kind, string Value, bool IgnoreCase) : Filter;

/// <summary>The field is an array with at least one element matching <see cref="Element"/> (paths inside are relative to the element).</summary>
public sealed record AnyElementFilter(FieldPath Field, Filter? Element) : Filter;

public sealed record AndFilter(ImmutableArray<Filter> Filters) : Filter;

public sealed record OrFilter(ImmutableArray<Filter> Filters) : Filter;

public sealed record NotFilter(Filter Inner) : Filter;
