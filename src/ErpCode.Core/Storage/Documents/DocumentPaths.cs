using System.Diagnostics.CodeAnalysis;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Documents;

/// <summary>Reads values at field paths of stored documents, envelope paths included.</summary>
public static class DocumentPaths
{
    /// <summary>The value at <paramref name="path"/>; false when any segment is missing or crosses a non-document.</summary>
    public static bool TryGet(this StoredDocument document, FieldPath path, [NotNullWhen(true)] out DocValue? value)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (path == FieldPath.Id)
        {
            value = new StringValue(document.Id);
            return true;
        }

        if (path == FieldPath.Version)
        {
            value = new Int64Value(document.Version);
            return true;
        }

        if (path == FieldPath.Type)
        {
            value = document.Type is null ? NullValue.Instance : new StringValue(document.Type);
            return true;
        }

        if (path == FieldPath.Parent)
        {
            value = document.ParentId is null ? NullValue.Instance : new StringValue(document.ParentId);
            return true;
        }

        return document.Body.TryGet(path, out value);
    }

    public static bool TryGet(this DocumentValue body, FieldPath path, [NotNullWhen(true)] out DocValue? value)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(path);
        DocValue current = body;
        foreach (var segment in path.Segments)
        {
            if (current is not DocumentValue doc || !doc.TryGet(segment, out var next))
            {
                value = null;
                return false;
            }

            current = next;
        }

        value = current;
        return true;
    }
}
