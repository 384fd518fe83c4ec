using System.Collections.Immutable;
using ErpCode.Core.Errors;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Collections;

/// <summary>
/// A collection definition as a document of <c>erp_collections</c>:
/// <c>{ _id: name, fields: [{ path, kind }], indexes: [{ name, unique, keys: [{ path, descending }] }] }</c>.
/// </summary>
internal static class CollectionDefinitionMapper
{
    public static BsonDocument ToBson(CollectionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var fields = new BsonArray(definition.Fields.Select(f => new BsonDocument
        {
            { "path", f.Path.Path },
            { "kind", f.Kind.ToString() },
        }));
        var indexes = new BsonArray(definition.Indexes.Select(i => new BsonDocument
        {
            { "name", i.Name },
            { "unique", i.Unique },
            { "keys", new BsonArray(i.Fields.Select(k => new BsonDocument { { "path", k.Field.Path }, { "descending", k.Direction == SortDirection.Descending } })) },
        }));
        return new BsonDocument
        {
            { "_id", definition.Name },
            { "fields", fields },
            { "indexes", indexes },
        };
    }

    /// <summary>Reads a stored definition; throws <see cref="StoreCorruptException"/> naming the collection when it is not one the store wrote.</summary>
    public static CollectionDefinition FromBson(BsonDocument document, string store)
    {
        ArgumentNullException.ThrowIfNull(document);
        var name = document.TryGetValue("_id", out var id) && id.IsString ? id.AsString : "(no name)";
        try
        {
            var fields = document["fields"].AsBsonArray
                .Select(f => new FieldDefinition(FieldPath.Parse(f["path"].AsString), Enum.Parse<ValueKind>(f["kind"].AsString)))
                .ToImmutableArray();
            var indexes = document["indexes"].AsBsonArray
                .Select(i => new IndexDefinition(
                    i["name"].AsString,
                    [.. i["keys"].AsBsonArray.Select(k => new SortField(
                        FieldPath.Parse(k["path"].AsString),
                        k["descending"].AsBoolean ? SortDirection.Descending : SortDirection.Ascending))],
                    i["unique"].AsBoolean))
                .ToImmutableArray();
            return new CollectionDefinition(name) { Fields = fields, Indexes = indexes };
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidCastException or ArgumentException or ErpCodeException)
        {
            throw new StoreCorruptException(store, $"the definition of collection '{name}' in {MetaCollections.Collections} cannot be read: {ex.Message}", ex);
        }
    }
}
