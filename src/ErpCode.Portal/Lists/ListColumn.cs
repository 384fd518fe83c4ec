using System.Collections.Immutable;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Portal.Lists;

/// <summary>
/// One column of a module's list, built from the live portal type: where its value comes from, how it sorts (null
/// <see cref="SortPath"/>: it does not) and how it filters.
/// </summary>
/// <param name="Key">The property, state variable or system property the column shows; unique in a list.</param>
/// <param name="Title">The header a user reads.</param>
/// <param name="Kind">Where the value comes from.</param>
/// <param name="Type">The property type, for properties and typed stamps; null otherwise.</param>
/// <param name="SortPath">The stored field the column sorts by (a money column by its amount), or null.</param>
/// <param name="Filter">How the column filters.</param>
/// <param name="Choices">The values a <see cref="FilterKind.Choice"/> filter offers; for a state column, the states.</param>
/// <param name="InitialState">For a state column, the workflow's initial state (what a document without the variable is in).</param>
public sealed record ListColumn(
    string Key,
    string Title,
    ColumnKind Kind,
    PropertyType? Type,
    FieldPath? SortPath,
    FilterKind Filter,
    ImmutableArray<ListChoice> Choices,
    string? InitialState = null)
{
    public bool IsSortable => SortPath is not null;

    /// <summary>The stored field the column filters on (a money column on its amount).</summary>
    public FieldPath FilterPath => Kind == ColumnKind.Id ? FieldPath.Id : FieldPath.Parse(Type == PropertyType.Money ? Key + ".Amount" : Key);
}
