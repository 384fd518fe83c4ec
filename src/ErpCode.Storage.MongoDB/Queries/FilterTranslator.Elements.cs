using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Storage.MongoDB.Bson;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Queries;

/// <summary>
/// The conditions of <see cref="AnyElementFilter"/>. When they only name properties of the element, they become
/// one query-form <c>$elemMatch</c>. When they test the element itself (<see cref="FieldPath.Element"/>), MongoDB
/// needs the value form (<c>$elemMatch: { $gt: 1, $lt: 5 }</c>), which has no "or": the conditions are brought to
/// a disjunction of conjunctions, and since "some element matches A or B" is "some element matches A, or some
/// element matches B", each conjunction becomes its own <c>$elemMatch</c>.
/// </summary>
internal sealed partial class FilterTranslator
{
    /// <summary>The most branches a disjunction may reach before the filter is refused as too complex.</summary>
    public const int MaxElementBranches = 256;

    /// <summary>
    /// The <c>$elemMatch</c> arguments whose union is "an element matches <paramref name="condition"/>";
    /// <see cref="ElementMatch.Any"/> when every element matches, no conditions when none does.
    /// </summary>
    private ElementMatch ElementMatches(Filter? condition)
    {
        if (condition is null)
        {
            return ElementMatch.AnyElement;
        }

        if (!TestsTheElement(condition))
        {
            var query = Document(condition, inElement: true);
            return query.ElementCount == 0 ? ElementMatch.AnyElement
                : IsMatchNothing(query) ? ElementMatch.NoElement
                : new ElementMatch(false, [query]);
        }

        var conditions = new List<BsonDocument>();
        foreach (var conjunction in Disjunction(Normalize(condition, negate: false)))
        {
            if (conjunction.Count == 0)
            {
                return ElementMatch.AnyElement;
            }

            conditions.Add(Combine(conjunction));
        }

        return new ElementMatch(false, conditions);
    }

    /// <summary>True when the filter tests the element itself at this level (nested AnyElement conditions belong to their own level).</summary>
    private static bool TestsTheElement(Filter filter) => filter switch
    {
        AndFilter and => and.Filters.Any(TestsTheElement),
        OrFilter or => or.Filters.Any(TestsTheElement),
        NotFilter not => TestsTheElement(not.Inner),
        ComparisonFilter c => c.Field.IsElement,
        InFilter @in => @in.Field.IsElement,
        ExistsFilter exists => exists.Field.IsElement,
        StringMatchFilter s => s.Field.IsElement,
        AnyElementFilter any => any.Field.IsElement,
        _ => false,
    };

    /// <summary>The filter with negations pushed down to single conditions (negation normal form).</summary>
    private Condition Normalize(Filter filter, bool negate)
    {
        if (!TestsTheElement(filter))
        {
            var query = Document(negate ? new NotFilter(filter) : filter, inElement: true);
            return query.ElementCount == 0 ? Constant.True : IsMatchNothing(query) ? Constant.False : new Atom(query, ValueForm: false);
        }

        switch (filter)
        {
            case AndFilter and:
                return negate ? new AnyOf([.. and.Filters.Select(f => Normalize(f, true))]) : new AllOf([.. and.Filters.Select(f => Normalize(f, false))]);
            case OrFilter or:
                return negate ? new AllOf([.. or.Filters.Select(f => Normalize(f, true))]) : new AnyOf([.. or.Filters.Select(f => Normalize(f, false))]);
            case NotFilter not:
                return Normalize(not.Inner, !negate);
            case ComparisonFilter c when c.Operator is ComparisonOperator.Eq or ComparisonOperator.Ne:
                var equals = c.Value is NullValue
                    ? new BsonDocument("$type", "null")
                    : new BsonDocument("$eq", BsonValueMapper.ToBson(c.Value));
                return ValueAtom(equals, negate != (c.Operator == ComparisonOperator.Ne));
            case ComparisonFilter c:
                return ValueAtom(new BsonDocument(OperatorName(c.Operator), BsonValueMapper.ToBson(c.Value)), negate);
            case InFilter @in:
                // An element is never missing, so null in $in only matches a null element here.
                return @in.Values.IsDefaultOrEmpty
                    ? (negate ? Constant.True : Constant.False)
                    : ValueAtom(new BsonDocument("$in", new BsonArray(@in.Values.Select(BsonValueMapper.ToBson))), negate);
            case ExistsFilter:
                return negate ? Constant.False : Constant.True;
            case StringMatchFilter s:
                var regex = RegexPattern.For(s.Kind, s.Value, s.IgnoreCase);
                return new Atom(negate ? new BsonDocument("$not", regex) : new BsonDocument("$regex", regex), ValueForm: true);
            case AnyElementFilter any:
                return NestedArray(any, negate);
            default:
                throw new InvalidFilterException(null, $"unknown filter node {filter.GetType().Name}", _collection.Name);
        }
    }

    /// <summary>The element is itself an array whose elements are tested.</summary>
    private Condition NestedArray(AnyElementFilter any, bool negate)
    {
        var inner = ElementMatches(any.Element);
        if (inner.Any)
        {
            var nonEmpty = new BsonDocument { { "$type", "array" }, { "$not", new BsonDocument("$size", 0) } };
            return ValueAtom(nonEmpty, negate);
        }

        if (inner.Conditions.Count == 0)
        {
            return negate ? Constant.True : Constant.False;
        }

        return negate
            ? new AllOf([.. inner.Conditions.Select(c => ValueAtom(new BsonDocument("$elemMatch", c), negate: true))])
            : new AnyOf([.. inner.Conditions.Select(c => ValueAtom(new BsonDocument("$elemMatch", c), negate: false))]);
    }

    private static Atom ValueAtom(BsonDocument operators, bool negate) =>
        new(negate ? new BsonDocument("$not", operators) : operators, ValueForm: true);

    /// <summary>The conjunctions whose union is the condition (disjunctive normal form).</summary>
    private List<List<Atom>> Disjunction(Condition condition)
    {
        switch (condition)
        {
            case Constant constant:
                return constant.Value ? [[]] : [];
            case Atom atom:
                return [[atom]];
            case AnyOf anyOf:
                var union = new List<List<Atom>>();
                foreach (var item in anyOf.Items)
                {
                    union.AddRange(Disjunction(item));
                    CheckBranches(union.Count);
                }

                return union;
            case AllOf allOf:
                List<List<Atom>> product = [[]];
                foreach (var item in allOf.Items)
                {
                    var next = new List<List<Atom>>();
                    foreach (var right in Disjunction(item))
                    {
                        foreach (var left in product)
                        {
                            next.Add([.. left, .. right]);
                            CheckBranches(next.Count);
                        }
                    }

                    product = next;
                }

                return product;
            default:
                throw new ArgumentOutOfRangeException(nameof(condition));
        }
    }

    private void CheckBranches(int count)
    {
        if (count > MaxElementBranches)
        {
            throw new InvalidFilterException(null, $"the conditions on array elements expand to more than {MaxElementBranches} alternatives on MongoDB; simplify them", _collection.Name);
        }
    }

    /// <summary>One <c>$elemMatch</c> argument for a conjunction: value-form operators, or a query on the element's properties.</summary>
    private BsonDocument Combine(List<Atom> conjunction)
    {
        var valueForm = conjunction.Count(a => a.ValueForm);
        if (valueForm == conjunction.Count)
        {
            // The server parses repeated operators (two $not, two $gt) as "all of them".
            var operators = new BsonDocument(allowDuplicateNames: true);
            foreach (var atom in conjunction)
            {
                operators.AddRange(atom.Document);
            }

            return operators;
        }

        if (valueForm == 0)
        {
            return And(conjunction.Select(a => a.Document));
        }

        throw new InvalidFilterException(
            "(element)",
            "on MongoDB one AnyElement condition cannot test both the element itself and properties of the element in the same 'and'; use separate AnyElement filters",
            _collection.Name);
    }

    private sealed record ElementMatch(bool Any, IReadOnlyList<BsonDocument> Conditions)
    {
        public static ElementMatch AnyElement { get; } = new(true, []);

        public static ElementMatch NoElement { get; } = new(false, []);
    }

    private abstract record Condition;

    private sealed record Constant(bool Value) : Condition
    {
        public static Constant True { get; } = new(true);

        public static Constant False { get; } = new(false);
    }

    /// <summary>One condition: value-form operators on the element itself, or a query document on its properties.</summary>
    private sealed record Atom(BsonDocument Document, bool ValueForm) : Condition;

    private sealed record AllOf(List<Condition> Items) : Condition;

    private sealed record AnyOf(List<Condition> Items) : Condition;
}
