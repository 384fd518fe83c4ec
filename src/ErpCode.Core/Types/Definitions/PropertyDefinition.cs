using System.Collections.Immutable;

namespace ErpCode.Core.Types.Definitions;

/// <summary>
/// One property of a property sheet. <see cref="Default"/> is a literal (in the property's own JSON form);
/// <see cref="DefaultExpression"/> and <see cref="Computed"/> are C# expressions over the document's globals.
/// </summary>
public sealed record PropertyDefinition
{
    /// <summary>A C# identifier, such as <c>Quantity</c>.</summary>
    public required string Name { get; init; }

    /// <summary>What a business user reads, such as "Quantity"; the name when empty.</summary>
    public string? Title { get; init; }

    public PropertyType Type { get; init; } = PropertyType.String;

    /// <summary>True when the property holds a list of values of <see cref="Type"/>.</summary>
    public bool List { get; init; }

    public bool Required { get; init; }

    /// <summary>The value a new document gets when none is given (JSON text of the value, e.g. <c>1</c>, <c>"draft"</c>).</summary>
    public string? Default { get; init; }

    /// <summary>A C# expression giving the default of a new document, evaluated at creation.</summary>
    public string? DefaultExpression { get; init; }

    /// <summary>Inclusive lower bound, for numbers and money amounts (lengths use <see cref="MaxLength"/>).</summary>
    public decimal? Min { get; init; }

    /// <summary>Inclusive upper bound, for numbers and money amounts.</summary>
    public decimal? Max { get; init; }

    /// <summary>The largest number of characters a String or Text value may have.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A regular expression a String or Text value must match (checked with a timeout).</summary>
    public string? Pattern { get; init; }

    /// <summary>Set by the system or by code only: a value given by a user is refused.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>A C# expression evaluated on every save; the property is read-only and holds its result.</summary>
    public string? Computed { get; init; }

    public string? Description { get; init; }

    /// <summary>The allowed values of an Enum property.</summary>
    public ImmutableArray<string> Values { get; init; } = [];

    /// <summary>The base category of a Category property, such as <c>region</c>.</summary>
    public string? Category { get; init; }

    /// <summary>The portal type a Reference property points to.</summary>
    public string? Target { get; init; }

    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Name : Title;
}
