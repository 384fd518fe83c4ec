using System.Collections.Immutable;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Queries;

/// <summary>Keeps only the projected paths of a body; missing paths stay missing.</summary>
public static class Projection
{
    public static DocumentValue Apply(DocumentValue body, ImmutableArray<FieldPath> paths)
    {
        if (paths.IsDefaultOrEmpty)
        {
            return body;
        }

        var result = DocumentValue.Empty;
        foreach (var path in paths)
        {
            if (!path.IsSystem && body.TryGet(path, out var value))
            {
                result = SetPath(result, path.Segments, 0, value);
            }
        }

        return result;
    }

    private static DocumentValue SetPath(DocumentValue target, ImmutableArray<string> segments, int index, DocValue value)
    {
        var name = segments[index];
        if (index == segments.Length - 1)
        {
            return target.With(name, value);
        }

        var inner = target.TryGet(name, out var existing) && existing is DocumentValue d ? d : DocumentValue.Empty;
        return target.With(name, SetPath(inner, segments, index + 1, value));
    }
}
