using System.Collections.Immutable;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Runtime;

namespace ErpCode.Core.Documents.Search;

/// <summary>
/// What a text search looks at in the documents of a portal type, for every adapter (the portal's top search, OData's
/// <c>$search</c>): the id, the title when the type computes one, and the type's single-valued String and Text
/// properties. A term matches a document when one of them contains it, ignoring case; the store runs it.
/// </summary>
public static class TextSearch
{
    public static ImmutableArray<FieldPath> Fields(RuntimeType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var fields = ImmutableArray.CreateBuilder<FieldPath>();
        fields.Add(FieldPath.Id);
        if (type.TitleKey is not null)
        {
            fields.Add(FieldPath.Parse(SystemProperties.Title));
        }

        fields.AddRange(TextProperties(type).Select(FieldPath.Parse));
        return fields.ToImmutable();
    }

    /// <summary>The type's single-valued String and Text properties, in the order of its sheets.</summary>
    public static IEnumerable<string> TextProperties(RuntimeType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Properties.Where(p => !p.Definition.List && p.Type is PropertyType.String or PropertyType.Text).Select(p => p.Name);
    }

    /// <summary>The store filter of documents one of whose <paramref name="fields"/> contains <paramref name="term"/>, ignoring case.</summary>
    public static Filter Term(IEnumerable<FieldPath> fields, string term) =>
        Filter.Or([.. fields.Select(f => Filter.Contains(f, term, ignoreCase: true))]);
}
