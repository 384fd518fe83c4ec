using ErpCode.Core.Storage.Queries;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Queries;

/// <summary>
/// The sort document of a query plan, key by key. MongoDB's own order is the store's: missing and null first,
/// numbers of every type by value, strings by UTF-8 bytes (no collation is set).
/// </summary>
internal static class SortTranslator
{
    public static BsonDocument Translate(IEnumerable<SortField> sort)
    {
        ArgumentNullException.ThrowIfNull(sort);
        var document = new BsonDocument();
        foreach (var key in sort)
        {
            document.Add(key.Field.Path, key.Direction == SortDirection.Descending ? -1 : 1);
        }

        return document;
    }
}
