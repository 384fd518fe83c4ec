using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Expressions;

namespace ErpCode.Core.Types.Runtime;

/// <summary>A property of a portal type as the runtime uses it: its definition, the sheet it comes from, its parsed default and pattern.</summary>
public sealed class RuntimeProperty
{
    internal RuntimeProperty(PropertySheet sheet, PropertyDefinition definition)
    {
        Sheet = sheet.Name;
        Definition = definition;
        DefaultValue = definition.Default is { } literal ? Documents.Coercion.ValueCoercion.Coerce(definition, TypedJson.Deserialize(literal), out _) : null;
        DefaultExpressionKey = definition.DefaultExpression is { Length: > 0 } ? ExpressionKeys.Default(sheet, definition) : null;
        ComputedKey = definition.Computed is { Length: > 0 } ? ExpressionKeys.Computed(sheet, definition) : null;
        Pattern = definition.Pattern is { } pattern ? new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)) : null;
        Values = definition.Values.IsDefaultOrEmpty ? FrozenSet<string>.Empty : definition.Values.ToFrozenSet(StringComparer.Ordinal);
    }

    public string Name => Definition.Name;

    public string Sheet { get; }

    public PropertyDefinition Definition { get; }

    public PropertyType Type => Definition.Type;

    /// <summary>The literal default in stored form, or null.</summary>
    public DocValue? DefaultValue { get; }

    public string? DefaultExpressionKey { get; }

    public string? ComputedKey { get; }

    public bool IsComputed => ComputedKey is not null;

    /// <summary>True when callers may not give a value: read-only and computed properties.</summary>
    public bool IsReadOnly => Definition.ReadOnly || IsComputed;

    public Regex? Pattern { get; }

    public FrozenSet<string> Values { get; }
}
