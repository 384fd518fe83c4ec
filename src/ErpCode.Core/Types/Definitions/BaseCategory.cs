using System.Collections.Immutable;

namespace ErpCode.Core.Types.Definitions;

/// <summary>
/// A category tree after ERP5's base categories (region, group, function…). A Category property holds the path of
/// one of its items, ids joined by '/', such as <c>europe/france</c>.
/// </summary>
public sealed record BaseCategory
{
    /// <summary>An identifier, such as <c>region</c>.</summary>
    public required string Name { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public ImmutableArray<CategoryItem> Items { get; init; } = [];
}

/// <summary>One node of a category tree: an id unique among its siblings, a title, and its children.</summary>
public sealed record CategoryItem
{
    /// <summary>Letters, digits, '_' and '-'.</summary>
    public required string Id { get; init; }

    public string? Title { get; init; }

    public ImmutableArray<CategoryItem> Items { get; init; } = [];
}
