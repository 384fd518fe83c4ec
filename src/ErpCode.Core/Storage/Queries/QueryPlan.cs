using System.Collections.Immutable;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Queries;

/// <summary>
/// A checked query, ready for a backend: the filter (with the continuation condition folded in), the total
/// sort (ending with the id), the rows to skip and to fetch (one more than the page, to know whether a next
/// page exists). <see cref="Complete"/> turns the fetched rows into the page and its token.
/// </summary>
public sealed class QueryPlan
{
    private QueryPlan(CollectionDefinition collection, Filter filter, ImmutableArray<SortField> sort, int skip, int? take, ImmutableArray<FieldPath> projection)
    {
        Collection = collection;
        Filter = filter;
        Sort = sort;
        Skip = skip;
        Take = take;
        Projection = projection;
    }

    public CollectionDefinition Collection { get; }

    public Filter Filter { get; }

    /// <summary>The sort keys, always ending with <see cref="FieldPath.Id"/> (in the direction of the key before it).</summary>
    public ImmutableArray<SortField> Sort { get; }

    public int Skip { get; }

    /// <summary>The page size asked for; <c>null</c> for all matches.</summary>
    public int? Take { get; }

    /// <summary>How many rows the backend fetches: one more than <see cref="Take"/>.</summary>
    public int? FetchLimit => Take + 1;

    public ImmutableArray<FieldPath> Projection { get; }

    public static QueryPlan Create(Query query, CollectionDefinition collection)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(collection);
        var name = collection.Name;
        if (query.Skip < 0)
        {
            throw new InvalidQueryException($"skip must be 0 or more, not {query.Skip}", name);
        }

        if (query.Take is < 0 or > Query.MaxTake)
        {
            throw new InvalidQueryException($"take must be between 0 and {Query.MaxTake}, not {query.Take}", name);
        }

        if (query.ContinuationToken is not null && query.Take is null)
        {
            throw new InvalidQueryException("a continuation token needs a page size (take)", name);
        }

        if (query.ContinuationToken is not null && query.Skip != 0)
        {
            throw new InvalidQueryException("skip cannot be combined with a continuation token", name);
        }

        FilterChecker.Check(query.Filter ?? Filter.All, collection);
        var sort = CompleteSort(query.Sort.IsDefault ? [] : query.Sort, name);
        var filter = query.Filter ?? Filter.All;
        if (query.ContinuationToken is not null)
        {
            var token = ContinuationToken.Decode(query.ContinuationToken, name, Signature(sort));
            if (token.LastValues.Length != sort.Length || DocumentId.Check(token.LastId) is not null)
            {
                throw new InvalidContinuationTokenException("its values do not fit the sort", name);
            }

            CheckTokenValues(token, sort, collection);

            filter = new AndFilter([filter, KeysetFilter.After(sort, token.LastValues, token.LastId)]);
        }

        var projection = query.Projection.IsDefault ? [] : query.Projection;
        if (projection.Any(p => p.IsElement))
        {
            throw new InvalidQueryException("the element path cannot be projected", name);
        }

        return new QueryPlan(collection, filter, sort, query.Skip, query.Take, projection);
    }

    /// <summary>Trims the fetched rows to the page, projects them and issues the token for the next page.</summary>
    public QueryResult Complete(IReadOnlyList<StoredDocument> fetched)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        var hasMore = Take is { } take && fetched.Count > take;
        var page = hasMore ? fetched.Take(Take!.Value).ToList() : fetched.ToList();
        string? token = null;
        if (hasMore && page.Count > 0)
        {
            var last = page[^1];
            var values = Sort.Select(s => SortValueOf(last, s.Field)).ToImmutableArray();
            token = new ContinuationToken(Collection.Name, Signature(Sort), values, last.Id).Encode();
        }

        if (!Projection.IsEmpty)
        {
            page = page.ConvertAll(d => d with { Body = Queries.Projection.Apply(d.Body, Projection) });
        }

        return new QueryResult(page, token);
    }

    private DocValue SortValueOf(StoredDocument document, FieldPath field)
    {
        if (!document.TryGet(field, out var value))
        {
            return NullValue.Instance;
        }

        return value.Kind is ValueKind.Array or ValueKind.Document
            ? throw new InvalidQueryException($"cannot page by '{field}': document '{document.Id}' holds {value.Kind.Describe()} there; sort by scalar fields", Collection.Name)
            : value;
    }

    /// <summary>
    /// A token comes back from the client, so its values are checked like filter operands before they become one:
    /// null or a scalar of the kind the field holds (integers and decimals together, except on envelope fields).
    /// </summary>
    private static void CheckTokenValues(ContinuationToken token, ImmutableArray<SortField> sort, CollectionDefinition collection)
    {
        for (var i = 0; i < sort.Length; i++)
        {
            var field = sort[i].Field;
            var value = token.LastValues[i];
            if (field == FieldPath.Id || value.Kind == ValueKind.Null)
            {
                continue;
            }

            var fits = value.Kind is not (ValueKind.Array or ValueKind.Document)
                && (collection.KindOf(field) is not { } declared
                    || declared == value.Kind
                    || (!field.IsSystem && declared is ValueKind.Int64 or ValueKind.Decimal && value.IsNumber));
            if (!fits)
            {
                throw new InvalidContinuationTokenException($"its value for '{field}' is {value.Kind.Describe()}, which that field cannot hold", collection.Name);
            }
        }
    }

    private static ImmutableArray<SortField> CompleteSort(ImmutableArray<SortField> sort, string collection)
    {
        var seen = new HashSet<FieldPath>();
        foreach (var key in sort)
        {
            if (key.Field.IsElement)
            {
                throw new InvalidQueryException("cannot sort by the element path", collection);
            }

            if (!seen.Add(key.Field))
            {
                throw new InvalidQueryException($"the sort names '{key.Field}' twice", collection);
            }

            if (key.Field == FieldPath.Id)
            {
                // The id is unique, so keys after it can never decide the order.
                return sort.Take(sort.IndexOf(key) + 1).ToImmutableArray();
            }
        }

        // The id follows the direction of the last key, so an index on (key, id) serves the whole sort either way.
        var direction = sort.IsEmpty ? SortDirection.Ascending : sort[^1].Direction;
        return sort.Add(new SortField(FieldPath.Id, direction));
    }

    private static string Signature(ImmutableArray<SortField> sort) =>
        string.Join(",", sort.Select(s => s.Field.Path + (s.Direction == SortDirection.Ascending ? ":a" : ":d")));
}
