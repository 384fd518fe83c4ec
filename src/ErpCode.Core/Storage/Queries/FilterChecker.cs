using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Queries;

/// <summary>
/// The one place that decides whether a filter can be evaluated: operands of the right shape, and values of the
/// kind the collection declares for the field. Both backends call it before translating.
/// </summary>
public static class FilterChecker
{
    public const int MaxDepth = 32;
    public const int MaxInValues = 1_000;

    public static void Check(Filter filter, CollectionDefinition collection)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(collection);
        Check(filter, collection, prefix: null, depth: 0);
    }

    private static void Check(Filter filter, CollectionDefinition collection, FieldPath? prefix, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidFilterException(null, $"the filter nests deeper than {MaxDepth} levels", collection.Name);
        }

        switch (filter)
        {
            case AndFilter and:
                foreach (var inner in and.Filters)
                {
                    Check(inner, collection, prefix, depth + 1);
                }

                break;
            case OrFilter or:
                foreach (var inner in or.Filters)
                {
                    Check(inner, collection, prefix, depth + 1);
                }

                break;
            case NotFilter not:
                Check(not.Inner, collection, prefix, depth + 1);
                break;
            case ComparisonFilter c:
                CheckComparison(c, collection, prefix);
                break;
            case InFilter @in:
                var inField = Resolve(@in.Field, collection, prefix);
                if (@in.Values.Length > MaxInValues)
                {
                    throw new InvalidFilterException(inField.ToString(), $"'in' takes at most {MaxInValues} values, not {@in.Values.Length}", collection.Name);
                }

                foreach (var value in @in.Values)
                {
                    CheckOperand(inField, ComparisonOperator.Eq, value, collection, declaredKindApplies: !@in.Field.IsElement);
                }

                break;
            case ExistsFilter exists:
                Resolve(exists.Field, collection, prefix);
                break;
            case StringMatchFilter s:
                var field = Resolve(s.Field, collection, prefix);
                if (s.Value is null)
                {
                    throw new InvalidFilterException(field.ToString(), $"{s.Kind} needs a string, not null", collection.Name);
                }

                if (!s.Field.IsElement)
                {
                    CheckKind(field, ValueKind.String, collection, s.Kind.ToString());
                }
                break;
            case AnyElementFilter any:
                var array = Resolve(any.Field, collection, prefix);
                if (array.IsSystem || array.IsElement)
                {
                    throw new InvalidFilterException(array.ToString(), "only a body property can hold an array", collection.Name);
                }

                if (collection.KindOf(array) is { } declared && declared != ValueKind.Array)
                {
                    throw new InvalidFilterException(array.ToString(), $"the field is declared to hold {declared.Describe()}, not an array", collection.Name);
                }

                if (any.Element is not null)
                {
                    Check(any.Element, collection, array, depth + 1);
                }

                break;
            default:
                throw new InvalidFilterException(null, $"unknown filter node {filter.GetType().Name}", collection.Name);
        }
    }

    private static FieldPath Resolve(FieldPath field, CollectionDefinition collection, FieldPath? prefix)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (prefix is null)
        {
            return field.IsElement
                ? throw new InvalidFilterException("(element)", "the element path is only valid inside AnyElement", collection.Name)
                : field;
        }

        return field.IsSystem
            ? throw new InvalidFilterException(field.ToString(), "system fields cannot be used inside AnyElement", collection.Name)
            : prefix.Append(field);
    }

    private static void CheckComparison(ComparisonFilter c, CollectionDefinition collection, FieldPath? prefix)
    {
        var field = Resolve(c.Field, collection, prefix);

        // An element of a declared array has no declared kind of its own: the array's kind says nothing of it.
        CheckOperand(field, c.Operator, c.Value, collection, declaredKindApplies: !c.Field.IsElement);
    }

    private static void CheckOperand(FieldPath field, ComparisonOperator op, DocValue? value, CollectionDefinition collection, bool declaredKindApplies)
    {
        if (value is null)
        {
            throw new InvalidFilterException(field.ToString(), "the value is missing; use DocValue.Null to compare with null", collection.Name);
        }

        if (value.Kind is ValueKind.Array or ValueKind.Document)
        {
            throw new InvalidFilterException(field.ToString(), $"cannot compare with {value.Kind.Describe()}; use AnyElement for arrays and a nested path for documents", collection.Name);
        }

        if (value.Kind is ValueKind.Null)
        {
            if (op is not (ComparisonOperator.Eq or ComparisonOperator.Ne))
            {
                throw new InvalidFilterException(field.ToString(), $"'{op}' cannot compare with null; only Eq and Ne can", collection.Name);
            }

            if (field.IsSystem && field != FieldPath.Parent && field != FieldPath.Type)
            {
                throw new InvalidFilterException(field.ToString(), "this system field is never null", collection.Name);
            }

            return;
        }

        if (declaredKindApplies)
        {
            CheckKind(field, value.Kind, collection, op.ToString());
        }
    }

    private static void CheckKind(FieldPath field, ValueKind given, CollectionDefinition collection, string operation)
    {
        if (collection.KindOf(field) is not { } declared)
        {
            return;
        }

        var compatible = declared == given || (IsNumber(declared) && IsNumber(given) && !field.IsSystem);
        if (!compatible)
        {
            throw new InvalidFilterException(
                field.ToString(),
                $"the field is declared to hold {declared.Describe()}, but {operation} compares it with {given.Describe()}",
                collection.Name);
        }
    }

    private static bool IsNumber(ValueKind kind) => kind is ValueKind.Int64 or ValueKind.Decimal;
}
