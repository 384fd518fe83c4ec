using System.Collections.Frozen;
using ErpCode.OData.Errors;
using Microsoft.OData.UriParser;

namespace ErpCode.OData.Serialization;

/// <summary>The structural properties a response shows: all of them, or those <c>$select</c> names (expanded navigation properties are the expander's).</summary>
internal sealed class Selection
{
    private readonly FrozenSet<string>? _names;

    private Selection(FrozenSet<string>? names) => _names = names;

    private Selection(IEnumerable<string> names)
        : this(names.ToFrozenSet(StringComparer.Ordinal))
    {
    }

    public static Selection All { get; } = new(null);

    public bool Includes(string property) => _names is null || _names.Contains(property);

    /// <summary>This selection plus <paramref name="property"/> (the key is always shown, so every entity keeps its address).</summary>
    public Selection With(string property) => _names is null || _names.Contains(property) ? this : new([.. _names, property]);

    public static Selection From(SelectExpandClause? clause)
    {
        if (clause is null || clause.AllSelected)
        {
            return All;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in clause.SelectedItems)
        {
            switch (item)
            {
                case WildcardSelectItem:
                    return All;
                case PathSelectItem { SelectedPath.LastSegment: PropertySegment property }:
                    names.Add(property.Property.Name);
                    break;
                case PathSelectItem { SelectedPath.LastSegment: NavigationPropertySegment }:
                    break;
                case ExpandedNavigationSelectItem:
                    // Followed by the expander; the structural properties shown stay those $select names.
                    break;
                default:
                    throw ODataRequestException.Unsupported("$select", $"$select cannot use '{item.GetType().Name}'; list properties of the entity.");
            }
        }

        return names.Count == 0 ? All : new Selection(names.ToFrozenSet(StringComparer.Ordinal));
    }
}
