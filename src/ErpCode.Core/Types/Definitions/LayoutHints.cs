using System.Collections.Immutable;

namespace ErpCode.Core.Types.Definitions;

/// <summary>How the portal shows a type: the columns of its list and the groups of its form.</summary>
public sealed record LayoutHints
{
    public static LayoutHints None { get; } = new();

    public ImmutableArray<string> ListColumns { get; init; } = [];

    public ImmutableArray<FormGroup> FormGroups { get; init; } = [];
}

/// <summary>A titled group of properties on a form.</summary>
public sealed record FormGroup
{
    public required string Title { get; init; }

    public ImmutableArray<string> Properties { get; init; } = [];
}
