using System.Collections.Frozen;
using ErpCode.Core.Sites;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Model;

/// <summary>
/// The immutable OData model of one site revision; a request keeps the one it started with to the end.
/// <see cref="Methods"/> tells the bound operations that are business methods from the workflow transitions;
/// <see cref="SiteActions"/> the action imports that run actions of the site.
/// </summary>
internal sealed record SiteModel(long Revision, IEdmModel Edm)
{
    public IEdmEntityContainer Container => Edm.EntityContainer;

    public FrozenDictionary<IEdmOperation, BusinessMethod> Methods { get; init; } = FrozenDictionary<IEdmOperation, BusinessMethod>.Empty;

    /// <summary>The action imports that run actions of the site, with the action's name.</summary>
    public FrozenDictionary<IEdmOperationImport, string> SiteActions { get; init; } = FrozenDictionary<IEdmOperationImport, string>.Empty;

    /// <summary>
    /// The fields <c>$search</c> looks at in each portal type's entities (Core's TextSearch rule, the same the portal's
    /// search uses), by entity type; a system set's type is not listed and searches its string properties.
    /// </summary>
    public FrozenDictionary<IEdmEntityType, System.Collections.Immutable.ImmutableArray<Core.Storage.Queries.FieldPath>> SearchFields { get; init; } =
        FrozenDictionary<IEdmEntityType, System.Collections.Immutable.ImmutableArray<Core.Storage.Queries.FieldPath>>.Empty;

    /// <summary>The system entity sets of this model, by entity set name.</summary>
    public FrozenDictionary<string, SystemSets.SystemSet> SystemSets { get; init; } = FrozenDictionary<string, SystemSets.SystemSet>.Empty;
}
