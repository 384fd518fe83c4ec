using ErpCode.Storage.MongoDB.Bson;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Patches;

/// <summary>
/// The update pipeline of a replace: one <c>$replaceWith</c> that keeps the stored <c>_id</c>, <c>_type</c> and
/// <c>_parent</c>, adds one to <c>_v</c>, and puts the new body after them. The body is wrapped in
/// <c>$literal</c> so a string such as "$total" stays a string instead of becoming a field reference. Doing
/// it on the server keeps the replace one atomic step without reading the envelope first.
/// </summary>
internal static class ReplacementPipeline
{
    public static BsonDocument[] For(BsonDocument body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var envelope = new BsonDocument
        {
            { BsonFieldNames.Id, "$" + BsonFieldNames.Id },
            { BsonFieldNames.Type, "$" + BsonFieldNames.Type },
            { BsonFieldNames.Parent, "$" + BsonFieldNames.Parent },
            { BsonFieldNames.Version, new BsonDocument("$add", new BsonArray { "$" + BsonFieldNames.Version, new BsonInt64(1) }) },
        };
        var merged = new BsonDocument("$mergeObjects", new BsonArray { envelope, new BsonDocument("$literal", body) });
        return [new BsonDocument("$replaceWith", merged)];
    }
}
