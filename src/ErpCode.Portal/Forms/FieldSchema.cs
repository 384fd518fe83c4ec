using System.Collections.Immutable;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Runtime;

namespace ErpCode.Portal.Forms;

/// <summary>
/// One property as a form shows it: its editor (from its type), whether the user may give it, the choices of an enum
/// or a category, the target type of a reference and the literal default a new document starts with.
/// </summary>
public sealed record FieldSchema(
    string Name,
    string Title,
    PropertyType Type,
    bool List,
    bool Required,
    bool ReadOnly,
    string? Description,
    int? MaxLength,
    ImmutableArray<FieldOption> Options,
    string? Target,
    DocValue? Default,
    bool HasDefaultExpression)
{
    public static FieldSchema Of(TypeSystem types, RuntimeProperty property)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(property);
        var definition = property.Definition;
        var options = definition.Type switch
        {
            PropertyType.Enum => [.. definition.Values.Select(v => new FieldOption(v, v))],
            PropertyType.Category => CategoryOptions(types, definition.Category),
            _ => ImmutableArray<FieldOption>.Empty,
        };
        return new FieldSchema(
            definition.Name,
            definition.DisplayTitle,
            definition.Type,
            definition.List,
            definition.Required,
            property.IsReadOnly,
            definition.Description,
            definition.MaxLength,
            options,
            definition.Target,
            property.DefaultValue,
            property.DefaultExpressionKey is not null);
    }

    /// <summary>Every path of the category tree, shown with the titles of its ancestors (Europe / France).</summary>
    private static ImmutableArray<FieldOption> CategoryOptions(TypeSystem types, string? category)
    {
        if (category is null || types.Category(category) is not { } index)
        {
            return [];
        }

        return [.. index.Titles.Keys.Order(StringComparer.Ordinal).Select(path => new FieldOption(path, string.Join(" / ", Ancestry(path).Select(p => index.Titles[p]))))];
    }

    private static IEnumerable<string> Ancestry(string path)
    {
        for (var end = path.IndexOf('/', StringComparison.Ordinal); end >= 0; end = path.IndexOf('/', end + 1))
        {
            yield return path[..end];
        }

        yield return path;
    }
}

/// <summary>One choice of a select: the stored value and what the user reads.</summary>
public sealed record FieldOption(string Value, string Text);
