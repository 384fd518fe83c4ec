using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.OData.Errors;
using ErpCode.OData.Model;
using ErpCode.OData.Queries;
using ErpCode.OData.Routing;
using ErpCode.OData.Serialization;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace ErpCode.OData.Expansion;

/// <summary>
/// Follows <c>$expand</c> for a page of documents. Contained children are taken from their loaded parent, with the
/// nested <c>$filter</c>, <c>$orderby</c>, <c>$skip</c> and <c>$top</c> evaluated there. References are read with
/// one store query per navigation and level for the whole page (the ids batched, never a query per row), as the
/// caller: a referenced document the caller may not view is left out (null for a single reference), never leaked.
/// </summary>
internal sealed class Expander(DocumentService documents)
{
    public async Task<List<ExpandedEntity>> ExpandAsync(ODataCall call, IEdmEntityType type, IReadOnlyList<BusinessDocument> page, SelectExpandClause? clause)
    {
        Check(clause);
        var selection = Selection.From(clause);
        var roots = page.Select(d => Root(type, d, selection)).ToList();
        await FollowAsync(call, roots, clause);
        return roots;
    }

    /// <summary>A document as an entity: its body with the id (and the version, when its type shows one).</summary>
    public static ExpandedEntity Root(IEdmEntityType type, BusinessDocument document, Selection selection)
    {
        var body = document.Properties.With(SystemProperties.Id, document.Id);
        if (type.FindProperty(SystemProperties.Version) is not null)
        {
            body = body.With(SystemProperties.Version, document.Version);
        }

        return new ExpandedEntity(type, body, document.Version, selection);
    }

    private async Task FollowAsync(ODataCall call, List<ExpandedEntity> nodes, SelectExpandClause? clause)
    {
        if (clause is null || nodes.Count == 0)
        {
            return;
        }

        foreach (var item in clause.SelectedItems.OfType<ExpandedNavigationSelectItem>())
        {
            var navigation = ((NavigationPropertySegment)item.PathToNavigationProperty.LastSegment).NavigationProperty;
            var selection = Selection.From(item.SelectAndExpand);
            var reached = navigation.ContainsTarget
                ? Children(nodes, navigation, selection, item)
                : await ReferencesAsync(call, nodes, navigation, selection, item);
            await FollowAsync(call, reached, item.SelectAndExpand);
        }
    }

    private static List<ExpandedEntity> Children(List<ExpandedEntity> nodes, IEdmNavigationProperty navigation, Selection selection, ExpandedNavigationSelectItem item)
    {
        var target = navigation.ToEntityType();
        var reached = new List<ExpandedEntity>();
        foreach (var node in nodes)
        {
            var items = node.Body.TryGet(navigation.Name, out var value) && value is ArrayValue array ? array.Items.OfType<DocumentValue>() : [];
            var (children, count) = Shape(items.Select(i => new ExpandedEntity(target, i, null, selection)), item);
            node.Links.Add(new ExpandedLink(navigation.Name, IsCollection: true, children, count));
            reached.AddRange(children);
        }

        return reached;
    }

    private async Task<List<ExpandedEntity>> ReferencesAsync(ODataCall call, List<ExpandedEntity> nodes, IEdmNavigationProperty navigation, Selection selection, ExpandedNavigationSelectItem item)
    {
        var property = navigation.Name[..^EdmNames.ReferenceSuffix.Length];
        var target = navigation.ToEntityType();
        var ids = nodes.SelectMany(n => Ids(n.Body, property)).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, ExpandedEntity>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(Query.MaxTake))
        {
            var query = new Query { Filter = Filter.In(FieldPath.Id, [.. chunk.Select(id => (DocValue)id)]), Take = chunk.Length };
            var page = await documents.QueryAsync(target.Name, query, call.Caller, call.Aborted);
            foreach (var document in page.Documents)
            {
                found[document.Id] = Root(target, document, selection);
            }
        }

        var many = navigation.TargetMultiplicity() == EdmMultiplicity.Many;
        foreach (var node in nodes)
        {
            var linked = Ids(node.Body, property).Select(found.GetValueOrDefault).OfType<ExpandedEntity>();
            if (many)
            {
                var (shaped, count) = Shape(linked, item);
                node.Links.Add(new ExpandedLink(navigation.Name, IsCollection: true, shaped, count));
            }
            else
            {
                node.Links.Add(new ExpandedLink(navigation.Name, IsCollection: false, [.. linked.Take(1)]));
            }
        }

        return [.. found.Values];
    }

    private static IEnumerable<string> Ids(DocumentValue body, string property) =>
        !body.TryGet(property, out var value) ? []
        : value is StringValue single ? [single.Value]
        : value is ArrayValue list ? list.Items.OfType<StringValue>().Select(s => s.Value)
        : [];

    /// <summary>
    /// The nested <c>$filter</c>, <c>$orderby</c>, <c>$skip</c> and <c>$top</c>, on entities already loaded; with the
    /// nested <c>$count=true</c>, also how many passed the filter.
    /// </summary>
    private static (List<ExpandedEntity> Items, long? Count) Shape(IEnumerable<ExpandedEntity> entities, ExpandedNavigationSelectItem item)
    {
        if (item.FilterOption is { } filterClause)
        {
            var filter = FilterTranslator.Translate(filterClause);
            entities = entities.Where(e => LoadedFilter.Matches(filter, e.Body));
        }

        var list = entities.ToList();
        long? count = item.CountOption == true ? list.Count : null;
        var sort = OrderByTranslator.Translate(item.OrderByOption);
        if (sort.Length > 0)
        {
            list.Sort((a, b) =>
            {
                foreach (var field in sort)
                {
                    var order = LoadedFilter.Order(LoadedFilter.Get(a.Body, field.Field), LoadedFilter.Get(b.Body, field.Field));
                    if (order != 0)
                    {
                        return field.Direction == SortDirection.Descending ? -order : order;
                    }
                }

                return 0;
            });
        }

        entities = list;
        if (item.SkipOption is { } skip)
        {
            entities = entities.Skip((int)Math.Min(skip, int.MaxValue));
        }

        if (item.TopOption is { } top)
        {
            entities = entities.Take((int)Math.Min(top, int.MaxValue));
        }

        return ([.. entities], count);
    }

    /// <summary>Refuses what cannot be followed before anything is read, so an empty page answers as a full one would.</summary>
    private static void Check(SelectExpandClause? clause)
    {
        foreach (var item in clause?.SelectedItems.OfType<ExpandedNavigationSelectItem>() ?? [])
        {
            if (item.PathToNavigationProperty.Count != 1 || item.PathToNavigationProperty.LastSegment is not NavigationPropertySegment { NavigationProperty: var navigation })
            {
                throw ODataRequestException.Unsupported("$expand", "$expand takes navigation properties of the entity itself, such as Lines or CustomerDocument.");
            }

            CheckOptions(item, navigation);
            if (item.FilterOption is not null)
            {
                FilterTranslator.Translate(item.FilterOption);
            }

            OrderByTranslator.Translate(item.OrderByOption);
            Check(item.SelectAndExpand);
        }
    }

    private static void CheckOptions(ExpandedNavigationSelectItem item, IEdmNavigationProperty navigation)
    {
        var unsupported = item.SearchOption is not null ? "$search"
            : item.LevelsOption is not null ? "$levels"
            : item.ApplyOption is not null ? "$apply"
            : item.ComputeOption is not null ? "$compute"
            : null;
        if (unsupported is not null)
        {
            throw ODataRequestException.Unsupported("$expand", $"{unsupported} is not supported inside $expand ({navigation.Name}); use $select, $filter, $orderby, $skip, $top, $count and $expand there.");
        }

        if (item.CountOption == true && navigation.TargetMultiplicity() != EdmMultiplicity.Many)
        {
            throw ODataRequestException.BadQuery("$expand", $"$count inside $expand needs a list; {navigation.Name} is a single entity.");
        }

        if (item.TopOption < 0 || item.SkipOption < 0)
        {
            throw ODataRequestException.BadQuery("$expand", $"$top and $skip inside $expand ({navigation.Name}) must be 0 or more.");
        }
    }
}
