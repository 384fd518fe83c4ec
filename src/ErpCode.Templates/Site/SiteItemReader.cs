using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Storage;
using ErpCode.Templates.Items;

namespace ErpCode.Templates.Site;

/// <summary>
/// Reads what the site has now, in the same file form as templates, so a site item and a template item compare by
/// checksum: every definition and component, and the data documents named.
/// </summary>
internal sealed class SiteItemReader(IDocumentStore store, DefinitionStore definitions, ComponentService components)
{
    public async Task<SiteItems> ReadAsync(IEnumerable<TemplateItemKey> dataKeys, CancellationToken cancellationToken)
    {
        var site = await definitions.LoadAsync(cancellationToken);
        var items = new List<TemplateItem>();
        items.AddRange(site.PortalTypes.Select(ItemFormats.PortalTypes.Create));
        items.AddRange(site.PropertySheets.Select(ItemFormats.PropertySheets.Create));
        items.AddRange(site.Categories.Select(ItemFormats.Categories.Create));
        items.AddRange(site.Workflows.Select(ItemFormats.Workflows.Create));
        items.AddRange(site.Roles.Select(ItemFormats.Roles.Create));
        items.AddRange((await components.ListAsync(cancellationToken)).Select(c =>
            ItemFormats.Components.Create(new ComponentPayload(c.Reference, c.Kind, c.Source, c.ProxyRoles, c.Action))));
        foreach (var key in dataKeys.Where(k => k.Kind == TemplateItemKind.Data).Distinct())
        {
            var (type, id) = SplitData(key);
            if (await FindDocumentAsync(type, id, cancellationToken) is { } body)
            {
                items.Add(ItemFormats.Data.Create(new DataPayload(type, id, body)));
            }
        }

        return new SiteItems(items.ToDictionary(i => i.Key).ToImmutableDictionary());
    }

    /// <summary>How many documents the collection of <paramref name="portalType"/> holds (0 when it has none).</summary>
    public async Task<long> CountDocumentsAsync(string portalType, CancellationToken cancellationToken)
    {
        try
        {
            return await store.Collection(portalType).CountAsync(null, cancellationToken);
        }
        catch (UnknownCollectionException)
        {
            return 0;
        }
    }

    public static (string PortalType, string Id) SplitData(TemplateItemKey key)
    {
        var slash = key.Name.IndexOf('/', StringComparison.Ordinal);
        return (key.Name[..slash], key.Name[(slash + 1)..]);
    }

    private async Task<DocumentValue?> FindDocumentAsync(string portalType, string id, CancellationToken cancellationToken)
    {
        try
        {
            var document = await store.Collection(portalType).FindAsync(id, cancellationToken);
            return document is null ? null : DocumentValue.Create(document.Body.Where(f => !DataItemFormat.Stamps.Contains(f.Key)));
        }
        catch (UnknownCollectionException)
        {
            return null;
        }
    }
}
