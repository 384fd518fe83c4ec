using ErpCode.Core.Storage.Queries;

namespace ErpCode.Core.Components;

public sealed partial class ComponentService
{
    /// <summary>The largest page <see cref="PageAsync(int, string?, CancellationToken)"/> returns.</summary>
    public const int MaxPageSize = 500;

    /// <summary>
    /// One page of components in reference order (for lists that never load the whole collection): up to
    /// <paramref name="take"/> (1 to <see cref="MaxPageSize"/>), after the page whose <see cref="ComponentPage.ContinuationToken"/>
    /// is <paramref name="continuationToken"/> (null for the first page). For a person, use the overload taking a caller, which needs ManageCode.
    /// </summary>
    public async Task<ComponentPage> PageAsync(int take, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, MaxPageSize);
        var query = new Query().OrderBy(new SortField(FieldPath.Id)).Page(take, continuationToken);
        var result = await store.Collection(ComponentDocuments.Collection).QueryAsync(query, cancellationToken);
        return new ComponentPage([.. result.Documents.Select(ComponentDocuments.FromDocument)], result.ContinuationToken);
    }
}
