using System.Collections.Immutable;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Storage.MongoDB.Bson;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Queries;

/// <summary>
/// Translates the store's filter into a MongoDB query document with the semantics both backends share.
/// MongoDB looks into arrays on its own: <c>{ tags: "a" }</c> matches <c>tags: ["a", "b"]</c>, and
/// <c>{ "lines.sku": "A" }</c> matches inside an array of documents. The store's filter does not (only
/// <see cref="AnyElementFilter"/> looks into arrays), so every comparison on a path that might hold an array
/// carries <c>$not: { $type: "array" }</c>, and every parent on the way is required not to be an array, unless the
/// collection declares a non-array kind there. Filters must have passed <see cref="FilterChecker"/>.
/// </summary>
internal sealed partial class FilterTranslator
{
    private readonly CollectionDefinition _collection;

    private FilterTranslator(CollectionDefinition collection)
    {
        _collection = collection;
    }

    /// <summary>Matches no document (and no array element): no value is in an empty list.</summary>
    public static BsonDocument MatchNothing => new(BsonFieldNames.Id, new BsonDocument("$in", new BsonArray()));

    public static BsonDocument Translate(Filter filter, CollectionDefinition collection)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(collection);
        return new FilterTranslator(collection).Document(filter, inElement: false);
    }

    /// <summary>
    /// The query document of <paramref name="filter"/>. Inside an array element (<paramref name="inElement"/>) paths are
    /// relative to the element, as in a query-form <c>$elemMatch</c>, and declarations are not trusted.
    /// </summary>
    private BsonDocument Document(Filter filter, bool inElement) => filter switch
    {
        AndFilter and => And(and.Filters.Select(f => Document(f, inElement))),
        OrFilter or => Or(or.Filters.Select(f => Document(f, inElement))),
        NotFilter not => Not(not.Inner, inElement),
        ComparisonFilter c => Comparison(Resolve(c.Field, inElement), c.Operator, c.Value),
        InFilter @in => In(Resolve(@in.Field, inElement), @in.Values),
        ExistsFilter exists => Exists(exists.Field, inElement),
        StringMatchFilter s => Leaf(Resolve(s.Field, inElement), new BsonDocument("$regex", RegexPattern.For(s.Kind, s.Value, s.IgnoreCase))),
        AnyElementFilter any => AnyElement(any, inElement),
        _ => throw new InvalidFilterException(null, $"unknown filter node {filter.GetType().Name}", _collection.Name),
    };

    private BsonDocument Not(Filter inner, bool inElement) => inner switch
    {
        ComparisonFilter { Operator: ComparisonOperator.Eq } c => Comparison(Resolve(c.Field, inElement), ComparisonOperator.Ne, c.Value),
        ComparisonFilter { Operator: ComparisonOperator.Ne } c => Comparison(Resolve(c.Field, inElement), ComparisonOperator.Eq, c.Value),
        NotFilter not => Document(not.Inner, inElement),
        _ => Nor(Document(inner, inElement)),
    };

    private static BsonDocument Comparison(PathInfo path, ComparisonOperator op, DocValue value)
    {
        switch (op)
        {
            case ComparisonOperator.Eq:
                return EqualTo(path, value);
            case ComparisonOperator.Ne:
                if (!path.IsGuarded)
                {
                    var ops = value is NullValue
                        ? new BsonDocument("$not", new BsonDocument("$type", "null"))
                        : new BsonDocument("$ne", BsonValueMapper.ToBson(value));
                    return new BsonDocument(path.Path, ops);
                }

                // Ne is Not(Eq): it also matches a missing field, an array, and a path that crosses an array.
                return Nor(EqualTo(path, value));
            default:
                // $gt and friends only match values of the operand's BSON type bracket (numbers together).
                var range = Leaf(path, new BsonDocument(OperatorName(op), BsonValueMapper.ToBson(value)));
                if (value is not DateValue || path.IsDeclaredDate)
                {
                    return range;
                }

                // A date is the sub-document { _date: "…" }; other sub-documents fall in the same type bracket.
                return And([range, new BsonDocument(path.Path + "." + BsonFieldNames.DateTag, new BsonDocument("$exists", true))]);
        }
    }

    private static BsonDocument EqualTo(PathInfo path, DocValue value) =>
        Leaf(path, value is NullValue
            ? new BsonDocument("$type", "null") // { f: null } would also match a missing f.
            : new BsonDocument("$eq", BsonValueMapper.ToBson(value)));

    private static BsonDocument In(PathInfo path, ImmutableArray<DocValue> values)
    {
        if (values.IsDefaultOrEmpty)
        {
            return new BsonDocument(path.Path, new BsonDocument("$in", new BsonArray()));
        }

        var parts = new List<BsonDocument>(2);
        var present = values.Where(v => v is not NullValue).Select(BsonValueMapper.ToBson).ToList();
        if (present.Count > 0)
        {
            parts.Add(Leaf(path, new BsonDocument("$in", new BsonArray(present))));
        }

        // null in $in also matches a missing field, so an explicit null is matched on its own.
        if (present.Count < values.Length)
        {
            parts.Add(EqualTo(path, NullValue.Instance));
        }

        return Or(parts);
    }

    private BsonDocument Exists(FieldPath field, bool inElement)
    {
        if (field.IsSystem && !inElement)
        {
            return new BsonDocument();
        }

        var path = Resolve(field, inElement);
        return WithParentGuards(path, new BsonDocument(path.Path, new BsonDocument("$exists", true)));
    }

    private BsonDocument AnyElement(AnyElementFilter any, bool inElement)
    {
        var path = Resolve(any.Field, inElement);
        var matches = ElementMatches(any.Element);
        if (matches.Any)
        {
            return WithParentGuards(path, NonEmptyArray(path.Path));
        }

        return matches.Conditions.Count == 0
            ? MatchNothing
            : WithParentGuards(path, Or(matches.Conditions.Select(c => new BsonDocument(path.Path, new BsonDocument("$elemMatch", c)))));
    }

    /// <summary>An array with a first element; a document cannot hold a property "0" (names start with a letter).</summary>
    private static BsonDocument NonEmptyArray(string path) => new(path + ".0", new BsonDocument("$exists", true));

    /// <summary>Adds <c>$not: { $type: "array" }</c> to the operators when the field itself might be an array, then the parents' guards.</summary>
    private static BsonDocument Leaf(PathInfo path, BsonDocument operators)
    {
        if (path.GuardsLeaf)
        {
            operators.Add("$not", NotArrayOperator());
        }

        return WithParentGuards(path, new BsonDocument(path.Path, operators));
    }

    private static BsonDocument WithParentGuards(PathInfo path, BsonDocument clause)
    {
        if (path.GuardedParents.IsEmpty)
        {
            return clause;
        }

        return And([.. path.GuardedParents.Select(p => new BsonDocument(p, new BsonDocument("$not", NotArrayOperator()))), clause]);
    }

    private static BsonDocument NotArrayOperator() => new("$type", "array");

    private static BsonDocument And(IEnumerable<BsonDocument> clauses)
    {
        var list = new List<BsonDocument>();
        foreach (var clause in clauses)
        {
            if (IsMatchNothing(clause))
            {
                return MatchNothing;
            }

            if (clause.ElementCount > 0)
            {
                list.Add(clause);
            }
        }

        return list.Count switch
        {
            0 => new BsonDocument(),
            1 => list[0],
            _ => new BsonDocument("$and", new BsonArray(list)),
        };
    }

    private static BsonDocument Or(IEnumerable<BsonDocument> clauses)
    {
        var list = new List<BsonDocument>();
        foreach (var clause in clauses)
        {
            if (clause.ElementCount == 0)
            {
                return new BsonDocument();
            }

            if (!IsMatchNothing(clause))
            {
                list.Add(clause);
            }
        }

        return list.Count switch
        {
            0 => MatchNothing,
            1 => list[0],
            _ => new BsonDocument("$or", new BsonArray(list)),
        };
    }

    private static BsonDocument Nor(BsonDocument clause)
    {
        if (clause.ElementCount == 0)
        {
            return MatchNothing;
        }

        return IsMatchNothing(clause) ? new BsonDocument() : new BsonDocument("$nor", new BsonArray { clause });
    }

    private static bool IsMatchNothing(BsonDocument clause) => clause.Equals(MatchNothing);

    private static string OperatorName(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Eq => "$eq",
        ComparisonOperator.Ne => "$ne",
        ComparisonOperator.Gt => "$gt",
        ComparisonOperator.Ge => "$gte",
        ComparisonOperator.Lt => "$lt",
        ComparisonOperator.Le => "$lte",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private PathInfo Resolve(FieldPath field, bool inElement)
    {
        if (field.IsElement)
        {
            throw new InvalidFilterException("(element)", "the element path is only valid inside AnyElement", _collection.Name);
        }

        if (field.IsSystem)
        {
            return new PathInfo(field.Path, [], GuardsLeaf: false, IsDeclaredDate: false);
        }

        var parents = ImmutableArray.CreateBuilder<string>();
        for (var length = 1; length < field.Segments.Length; length++)
        {
            var parent = string.Join('.', field.Segments.Take(length));
            if (inElement || !IsDeclaredNonArray(parent))
            {
                parents.Add(parent);
            }
        }

        var declared = inElement ? null : _collection.KindOf(field);
        return new PathInfo(
            field.Path,
            parents.ToImmutable(),
            GuardsLeaf: declared is null or ValueKind.Array,
            IsDeclaredDate: declared == ValueKind.Date);
    }

    private bool IsDeclaredNonArray(string path) => _collection.KindOf(FieldPath.Parse(path)) is { } kind && kind != ValueKind.Array;

    /// <summary>How a path is queried: the dotted path, the parents that must not be arrays, and whether the field itself might be one.</summary>
    private sealed record PathInfo(string Path, ImmutableArray<string> GuardedParents, bool GuardsLeaf, bool IsDeclaredDate)
    {
        public bool IsGuarded => GuardsLeaf || !GuardedParents.IsEmpty;
    }
}
