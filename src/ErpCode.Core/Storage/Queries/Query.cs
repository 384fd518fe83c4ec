using System.Collections.Immutable;

namespace ErpCode.Core.Storage.Queries;

/// <summary>
/// What to read from a collection: a filter, a sort (the id is always the last key, so order is total), paging
/// by <see cref="Skip"/>/<see cref="Take"/> or by a <see cref="ContinuationToken"/> from the previous page, and an
/// optional projection (the body properties to return; empty returns the whole body).
/// </summary>
public sealed record Query
{
    /// <summary>The largest page a query may ask for.</summary>
    public const int MaxTake = 10_000;

    public Filter Filter { get; init; } = Filter.All;

    public ImmutableArray<SortField> Sort { get; init; } = [];

    public int Skip { get; init; }

    /// <summary>The page size, 0 to <see cref="MaxTake"/>; <c>null</c> returns every match.</summary>
    public int? Take { get; init; }

    /// <summary>The token of the previous page's <see cref="QueryResult.ContinuationToken"/>; needs the same sort and a <see cref="Take"/>.</summary>
    public string? ContinuationToken { get; init; }

    public ImmutableArray<FieldPath> Projection { get; init; } = [];

    public static Query Where(Filter filter) => new() { Filter = filter };

    public Query OrderBy(params SortField[] sort) => this with { Sort = [.. sort] };

    public Query Page(int take, string? continuationToken = null) => this with { Take = take, ContinuationToken = continuationToken };

    public Query Select(params string[] paths) => this with { Projection = [.. paths.Select(FieldPath.Parse)] };
}
