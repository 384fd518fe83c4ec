using ErpCode.Core.Storage.Queries;
using ErpCode.Storage.MongoDB.Bson;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Queries;

/// <summary>
/// The projection document of a query: the chosen paths, the envelope, and the sort keys (the plan needs their
/// values to issue a continuation token; it trims the body to the chosen paths itself). A path inside another
/// chosen path is left out, since MongoDB refuses both "a" and "a.b".
/// </summary>
internal static class ProjectionTranslator
{
    /// <summary>The projection, or null when the whole document is read.</summary>
    public static BsonDocument? Translate(IReadOnlyCollection<FieldPath> projection, IEnumerable<SortField> sort)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(sort);
        if (projection.Count == 0)
        {
            return null;
        }

        var paths = new List<string> { BsonFieldNames.Id, BsonFieldNames.Type, BsonFieldNames.Parent, BsonFieldNames.Version };
        paths.AddRange(projection.Where(p => !p.IsElement).Select(p => p.Path));
        paths.AddRange(sort.Select(s => s.Field.Path));
        var distinct = paths.Distinct(StringComparer.Ordinal).ToList();
        var document = new BsonDocument();
        foreach (var path in distinct)
        {
            if (!distinct.Any(other => path.StartsWith(other + ".", StringComparison.Ordinal)))
            {
                document.Add(path, 1);
            }
        }

        return document;
    }
}
