using System.Collections.Immutable;
using ErpCode.Core.Security.Permissions;

namespace ErpCode.Core.Types.Definitions;

/// <summary>
/// A document schema, stored as a document and changed while the site runs: what a business user knows as
/// "Sale Order". Its properties come from its property sheets; its behaviour from an optional business class (a
/// Document component); its life cycle from its workflow chain.
/// </summary>
public sealed record PortalType
{
    /// <summary>A C# identifier, such as <c>SaleOrder</c>; also the OData entity type name.</summary>
    public required string Name { get; init; }

    /// <summary>What a business user reads, such as "Sale Order".</summary>
    public string? Title { get; init; }

    /// <summary>The OData entity set, such as <c>SaleOrders</c>; the name plus "s" when empty.</summary>
    public string? EntitySet { get; init; }

    public string? Description { get; init; }

    public ImmutableArray<string> PropertySheets { get; init; } = [];

    /// <summary>The portal types whose documents live inside documents of this type.</summary>
    public ImmutableArray<ContainedType> AllowedContentTypes { get; init; } = [];

    /// <summary>The Document component giving the type behaviour, if any.</summary>
    public string? BusinessClass { get; init; }

    public ImmutableArray<string> Workflows { get; init; } = [];

    /// <summary>
    /// The roles holding each permission this type manages on its documents, instead of the roles' site-wide grants
    /// (a workflow state that manages the same permission decides before the type).
    /// </summary>
    public ImmutableArray<PermissionGrant> Permissions { get; init; } = [];

    public IdGeneration IdGeneration { get; init; } = IdGeneration.Guid;

    /// <summary>Properties the store indexes for fast filters and sorts.</summary>
    public ImmutableArray<string> IndexedProperties { get; init; } = [];

    /// <summary>A C# expression giving the document's title, such as <c>$"{Document.GetString("Reference")} – {Document.GetString("Customer")}"</c>.</summary>
    public string? TitleExpression { get; init; }

    public LayoutHints Layout { get; init; } = LayoutHints.None;

    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Name : Title;

    public string EntitySetName => string.IsNullOrWhiteSpace(EntitySet) ? Name + "s" : EntitySet;
}
