using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Queries;
using MongoDB.Bson;
using MongoDB.Driver;
using SortDirection = ErpCode.Core.Storage.Queries.SortDirection;

namespace ErpCode.Storage.MongoDB.Collections;

/// <summary>
/// One index as MongoDB holds it: its name, its key document and whether it is unique. Unique indexes follow
/// MongoDB's own rule, which the embedded store shares: a missing value counts as null, so only one document may
/// lack the field.
/// </summary>
internal sealed record IndexSpec(string Name, BsonDocument Keys, bool Unique)
{
    /// <summary>
    /// The indexes a collection should have: the envelope's type and parent, then each declared index. A
    /// non-unique index ends with <c>_id</c> in the direction of its last key, as the query plan's sort does, so
    /// the index serves a sort on its keys without a sort stage for the tie-breaking id.
    /// </summary>
    public static IReadOnlyList<IndexSpec> For(CollectionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var specs = new List<IndexSpec>
        {
            new(IndexNames.TypeIndex, new BsonDocument { { FieldPath.TypeName, 1 }, { FieldPath.IdName, 1 } }, false),
            new(IndexNames.ParentIndex, new BsonDocument { { FieldPath.ParentName, 1 }, { FieldPath.IdName, 1 } }, false),
        };
        foreach (var index in definition.Indexes)
        {
            var keys = new BsonDocument();
            foreach (var field in index.Fields)
            {
                keys.Add(field.Field.Path, Direction(field.Direction));
            }

            if (!index.Unique && !keys.Contains(FieldPath.IdName) && index.Fields.Length > 0)
            {
                keys.Add(FieldPath.IdName, Direction(index.Fields[^1].Direction));
            }

            specs.Add(new IndexSpec(IndexNames.ForDeclared(index.Name), keys, index.Unique));
        }

        return specs;
    }

    /// <summary>Reads an entry of <c>listIndexes</c>.</summary>
    public static IndexSpec FromListed(BsonDocument listed)
    {
        ArgumentNullException.ThrowIfNull(listed);
        var unique = listed.TryGetValue("unique", out var u) && u.ToBoolean();
        return new IndexSpec(listed["name"].AsString, listed["key"].AsBsonDocument, unique);
    }

    /// <summary>True when <paramref name="other"/> indexes the same keys, in the same directions, with the same uniqueness.</summary>
    public bool SameAs(IndexSpec other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Unique != other.Unique || Keys.ElementCount != other.Keys.ElementCount)
        {
            return false;
        }

        for (var i = 0; i < Keys.ElementCount; i++)
        {
            var mine = Keys.GetElement(i);
            var theirs = other.Keys.GetElement(i);
            if (mine.Name != theirs.Name || !mine.Value.IsNumeric || !theirs.Value.IsNumeric || Math.Sign(mine.Value.ToDouble()) != Math.Sign(theirs.Value.ToDouble()))
            {
                return false;
            }
        }

        return true;
    }

    private static int Direction(SortDirection direction) => direction == SortDirection.Descending ? -1 : 1;

    public CreateIndexModel<BsonDocument> ToModel() =>
        new(new BsonDocumentIndexKeysDefinition<BsonDocument>(Keys), new CreateIndexOptions { Name = Name, Unique = Unique ? true : null });
}
