using System.Collections.Immutable;

namespace ErpCode.Core.Types.Definitions;

/// <summary>A reusable set of properties and constraints that portal types include, after ERP5's property sheets.</summary>
public sealed record PropertySheet
{
    /// <summary>A C# identifier, such as <c>Amounts</c>.</summary>
    public required string Name { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public ImmutableArray<PropertyDefinition> Properties { get; init; } = [];

    public ImmutableArray<ConstraintDefinition> Constraints { get; init; } = [];
}
