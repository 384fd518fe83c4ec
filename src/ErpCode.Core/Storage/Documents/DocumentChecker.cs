using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Documents;

/// <summary>
/// Checks a document before any backend writes it: the id, the nesting depth, and the kinds the collection
/// declares for its fields. Both backends call it; the size limit is checked on the encoded form.
/// </summary>
public static class DocumentChecker
{
    /// <summary>Checks a new document's id, type name and parent id, then its body.</summary>
    public static void CheckEnvelope(CollectionDefinition collection, NewDocument document)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(document);
        DocumentId.Validate(document.Id, collection.Name);
        if (document.Type is not null && FieldName.Check(document.Type) is { } typeProblem)
        {
            throw new InvalidDocumentException(FieldPath.TypeName, $"'{document.Type}' is not a valid type name: {typeProblem}", collection.Name, document.Id);
        }

        if (document.ParentId is not null && DocumentId.Check(document.ParentId) is { } parentProblem)
        {
            throw new InvalidDocumentException(FieldPath.ParentName, $"'{document.ParentId}' is not a valid parent id: {parentProblem}", collection.Name, document.Id);
        }

        if (document.Body is null)
        {
            throw new InvalidDocumentException("(body)", "the document has no body", collection.Name, document.Id);
        }
    }

    public static void Check(CollectionDefinition collection, string id, DocumentValue body)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(body);
        DocumentId.Validate(id, collection.Name);
        CheckDepth(body, 1, string.Empty, collection.Name, id);
        foreach (var field in collection.Fields)
        {
            var values = new List<DocValue>();
            CollectValues(body, field.Path.Segments, 0, values);
            var value = values.Find(v => v.Kind != ValueKind.Null && !Fits(field.Kind, v.Kind));
            if (value is null)
            {
                continue;
            }

            throw new InvalidDocumentException(
                field.Path.ToString(),
                $"the collection declares {field.Kind.Describe()} here, but the document holds {value.Kind.Describe()}",
                collection.Name,
                id);
        }
    }

    public static void CheckSize(CollectionDefinition collection, string id, long sizeInBytes)
    {
        if (sizeInBytes > StoreLimits.MaxDocumentBytes)
        {
            throw new DocumentTooLargeException(collection.Name, id, sizeInBytes, StoreLimits.MaxDocumentBytes);
        }
    }

    /// <summary>The values at a path, stepping into every element of an array met on the way (<c>lines.amount</c>).</summary>
    private static void CollectValues(DocValue current, System.Collections.Immutable.ImmutableArray<string> segments, int index, List<DocValue> values)
    {
        if (index == segments.Length)
        {
            values.Add(current);
        }
        else if (current is DocumentValue doc)
        {
            if (doc.TryGet(segments[index], out var next))
            {
                CollectValues(next, segments, index + 1, values);
            }
        }
        else if (current is ArrayValue array && index > 0)
        {
            foreach (var item in array)
            {
                CollectValues(item, segments, index, values);
            }
        }
    }

    private static bool Fits(ValueKind declared, ValueKind actual) =>
        declared == actual || (declared == ValueKind.Decimal && actual == ValueKind.Int64);

    private static void CheckDepth(DocValue value, int depth, string path, string collection, string id)
    {
        if (value.Kind is not (ValueKind.Array or ValueKind.Document))
        {
            return;
        }

        if (depth > StoreLimits.MaxNestingDepth)
        {
            throw new InvalidDocumentException(path, $"documents and arrays nest deeper than {StoreLimits.MaxNestingDepth} levels", collection, id);
        }

        if (value is DocumentValue doc)
        {
            foreach (var (name, inner) in doc)
            {
                CheckDepth(inner, depth + 1, path.Length == 0 ? name : path + "." + name, collection, id);
            }
        }
        else
        {
            var i = 0;
            foreach (var item in (ArrayValue)value)
            {
                CheckDepth(item, depth + 1, $"{path}[{i++}]", collection, id);
            }
        }
    }
}
