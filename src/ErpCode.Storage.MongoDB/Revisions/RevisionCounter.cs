using ErpCode.Storage.MongoDB.Collections;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ErpCode.Storage.MongoDB.Revisions;

/// <summary>The site revision: <c>{ _id: "revision", value: Int64 }</c> in <c>erp_meta</c>; 0 while the document does not exist.</summary>
internal static class RevisionCounter
{
    public static BsonDocument Filter => new("_id", MetaCollections.RevisionId);

    public static async Task<long> ReadAsync(IMongoCollection<BsonDocument> meta, IClientSessionHandle? session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meta);
        var found = session is null
            ? meta.Find(Filter)
            : meta.Find(session, Filter);
        var document = await found.FirstOrDefaultAsync(cancellationToken);
        return ValueOf(document);
    }

    /// <summary>Adds one within <paramref name="session"/>'s transaction and returns the new value.</summary>
    public static async Task<long> IncrementAsync(IMongoCollection<BsonDocument> meta, IClientSessionHandle session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meta);
        var update = new BsonDocument("$inc", new BsonDocument(MetaCollections.RevisionValue, new BsonInt64(1)));
        var options = new FindOneAndUpdateOptions<BsonDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After };
        var document = await meta.FindOneAndUpdateAsync<BsonDocument>(session, Filter, update, options, cancellationToken);
        return ValueOf(document);
    }

    public static long ValueOf(BsonDocument? document) =>
        document is not null && document.TryGetValue(MetaCollections.RevisionValue, out var value) && value.IsNumeric ? value.ToInt64() : 0;
}
