using ErpCode.Core.Documents.Storage;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Runtime;

namespace ErpCode.Core.Documents.Validation;

/// <summary>
/// Checks that every Reference value of a document (its children included) names an existing document of the
/// declared portal type, with one query per target type. Reads go through <c>collections</c>, so a check inside a
/// write sees what that write has done so far.
/// </summary>
internal static class ReferenceChecker
{
    public static async Task<IReadOnlyList<ValidationError>> CheckAsync(Func<string, IDocumentCollection> collections, TypeSystem types, RuntimeType type, DocumentValue body, CancellationToken cancellationToken)
    {
        var references = new List<(string Path, string Target, string Id)>();
        Collect(type, body, string.Empty, references);
        if (references.Count == 0)
        {
            return [];
        }

        var errors = new List<ValidationError>();
        foreach (var group in references.GroupBy(r => r.Target, StringComparer.Ordinal))
        {
            var target = types.Find(group.Key);
            var found = new HashSet<string>(StringComparer.Ordinal);
            if (target is not null)
            {
                var ids = group.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToArray();
                var collection = collections(DocumentCollections.Name(target.Name));
                if (ids.Length == 1)
                {
                    // The usual case (one customer, one product): a count by id reads no body.
                    if (await collection.CountAsync(Filter.Eq(FieldPath.Id, ids[0]), cancellationToken) > 0)
                    {
                        found.Add(ids[0]);
                    }
                }
                else
                {
                    var result = await collection.QueryAsync(Query.Where(Filter.In(FieldPath.Id, [.. ids.Select(id => (DocValue)id)])), cancellationToken);
                    found.UnionWith(result.Documents.Select(d => d.Id));
                }
            }

            foreach (var (path, targetName, id) in group.Where(r => !found.Contains(r.Id)))
            {
                var title = target?.Definition.DisplayTitle ?? targetName;
                errors.Add(new ValidationError(path, $"{path} refers to {title} '{id}', which does not exist"));
            }
        }

        return errors;
    }

    /// <summary>
    /// The first document that refers to <paramref name="id"/> of <paramref name="target"/> (a Reference property of
    /// a document or of one of its direct children), as <c>SaleOrder 'SO-2026-00001' (Customer)</c>; null when none does.
    /// </summary>
    public static async Task<string?> FindReferrerAsync(Func<string, IDocumentCollection> collections, TypeSystem types, RuntimeType target, string id, CancellationToken cancellationToken)
    {
        foreach (var type in types.Types)
        {
            var filters = new List<(string Property, Filter Filter)>();
            foreach (var property in type.Properties.Where(p => p.Type == PropertyType.Reference && p.Definition.Target == target.Name))
            {
                filters.Add((property.Name, property.Definition.List
                    ? Filter.AnyElement(FieldPath.Parse(property.Name), Filter.Eq(FieldPath.Element, id))
                    : Filter.Eq(FieldPath.Parse(property.Name), id)));
            }

            foreach (var child in type.Children)
            {
                foreach (var property in child.Type.Properties.Where(p => p.Type == PropertyType.Reference && p.Definition.Target == target.Name && !p.Definition.List))
                {
                    filters.Add(($"{child.Property}.{property.Name}", Filter.AnyElement(FieldPath.Parse(child.Property), Filter.Eq(FieldPath.Parse(property.Name), id))));
                }
            }

            foreach (var (property, filter) in filters)
            {
                var found = await collections(DocumentCollections.Name(type.Name)).QueryAsync(Query.Where(filter).Page(1), cancellationToken);
                if (found.Documents.Count > 0)
                {
                    return $"{type.Definition.DisplayTitle} '{found.Documents[0].Id}' ({property})";
                }
            }
        }

        return null;
    }

    private static void Collect(RuntimeType type, DocumentValue body, string prefix, List<(string, string, string)> into)
    {
        foreach (var property in type.Properties)
        {
            if (property.Type != PropertyType.Reference || !body.TryGet(property.Name, out var value))
            {
                continue;
            }

            var path = prefix + property.Name;
            switch (value)
            {
                case StringValue s:
                    into.Add((path, property.Definition.Target!, s.Value));
                    break;
                case ArrayValue list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (list[i] is StringValue item)
                        {
                            into.Add(($"{path}[{i}]", property.Definition.Target!, item.Value));
                        }
                    }

                    break;
            }
        }

        foreach (var child in type.Children)
        {
            if (body.TryGet(child.Property, out var value) && value is ArrayValue items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is DocumentValue item)
                    {
                        Collect(child.Type, item, $"{prefix}{child.Property}[{i}].", into);
                    }
                }
            }
        }
    }
}
