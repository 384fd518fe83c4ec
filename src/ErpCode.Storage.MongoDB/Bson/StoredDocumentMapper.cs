using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Bson;

/// <summary>
/// The layout of a stored document in MongoDB: <c>_id</c> (string), <c>_type</c> and <c>_parent</c> (string or
/// null), <c>_v</c> (Int64 version), then the body's properties at the top level.
/// </summary>
internal static class StoredDocumentMapper
{
    public static BsonDocument ToBson(string id, string? type, string? parentId, long version, DocumentValue body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var document = new BsonDocument
        {
            { BsonFieldNames.Id, id },
            { BsonFieldNames.Type, type is null ? BsonNull.Value : new BsonString(type) },
            { BsonFieldNames.Parent, parentId is null ? BsonNull.Value : new BsonString(parentId) },
            { BsonFieldNames.Version, new BsonInt64(version) },
        };
        foreach (var (name, value) in body)
        {
            document.Add(name, BsonValueMapper.ToBson(value));
        }

        return document;
    }

    public static BsonDocument ToBson(StoredDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ToBson(document.Id, document.Type, document.ParentId, document.Version, document.Body);
    }

    /// <summary>Reads a stored document; a missing <c>_type</c> or <c>_parent</c> reads as null.</summary>
    public static StoredDocument FromBson(BsonDocument document, BsonReadContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        if (!document.TryGetValue(BsonFieldNames.Id, out var idValue) || idValue.BsonType != BsonType.String)
        {
            throw BsonValueMapper.Corrupt(context, BsonFieldNames.Id, "a stored document has a string id");
        }

        var id = idValue.AsString;
        context = context with { DocumentId = id };
        string? type = null;
        string? parentId = null;
        long? version = null;
        var body = new List<KeyValuePair<string, DocValue>>(document.ElementCount);
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case BsonFieldNames.Id:
                    break;
                case BsonFieldNames.Type:
                    type = ReadOptionalString(element, context);
                    break;
                case BsonFieldNames.Parent:
                    parentId = ReadOptionalString(element, context);
                    break;
                case BsonFieldNames.Version:
                    version = element.Value.BsonType switch
                    {
                        BsonType.Int64 => element.Value.AsInt64,
                        BsonType.Int32 => element.Value.AsInt32,
                        _ => throw BsonValueMapper.Corrupt(context, element.Name, $"the version holds {element.Value.BsonType}, not an integer"),
                    };
                    break;
                default:
                    if (Core.Storage.Values.FieldName.Check(element.Name) is { } problem)
                    {
                        throw BsonValueMapper.Corrupt(context, element.Name, $"the property name is not one the store writes ({problem})");
                    }

                    body.Add(new KeyValuePair<string, DocValue>(element.Name, BsonValueMapper.FromBson(element.Value, context, element.Name)));
                    break;
            }
        }

        return new StoredDocument(
            id,
            type,
            parentId,
            version ?? throw BsonValueMapper.Corrupt(context, BsonFieldNames.Version, "the document has no version"),
            BsonValueMapper.CreateDocument(body, context, string.Empty));
    }

    private static string? ReadOptionalString(BsonElement element, BsonReadContext context) => element.Value.BsonType switch
    {
        BsonType.Null => null,
        BsonType.String => element.Value.AsString,
        _ => throw BsonValueMapper.Corrupt(context, element.Name, $"it holds {element.Value.BsonType}, not a string or null"),
    };
}
