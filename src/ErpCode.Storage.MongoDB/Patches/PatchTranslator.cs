using ErpCode.Core.Storage.Patches;
using ErpCode.Storage.MongoDB.Bson;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Patches;

/// <summary>
/// The update document of a validated patch: <c>$set</c> and <c>$unset</c> by dotted path, and <c>$inc</c> of the
/// version by an Int64 1. MongoDB's <c>$set</c> creates missing parents and fails (PathNotViable) when a parent holds
/// a scalar, and <c>$unset</c> of a missing path does nothing: the patch's own rules.
/// </summary>
internal static class PatchTranslator
{
    public static BsonDocument Translate(DocumentPatch patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var set = new BsonDocument();
        var unset = new BsonDocument();
        foreach (var operation in patch.Operations)
        {
            switch (operation)
            {
                case SetOperation s:
                    set.Add(s.Path.Path, BsonValueMapper.ToBson(s.Value));
                    break;
                case UnsetOperation u:
                    unset.Add(u.Path.Path, string.Empty);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(patch), operation.GetType().Name, "Unknown patch operation.");
            }
        }

        var update = new BsonDocument();
        if (set.ElementCount > 0)
        {
            update.Add("$set", set);
        }

        if (unset.ElementCount > 0)
        {
            update.Add("$unset", unset);
        }

        update.Add("$inc", new BsonDocument(BsonFieldNames.Version, new BsonInt64(1)));
        return update;
    }
}
