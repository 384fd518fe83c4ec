using System.Collections.Immutable;
using ErpCode.Templates.Items;

namespace ErpCode.Templates.Site;

/// <summary>The site's current items in file form (definitions, components, and the data documents asked for), by key.</summary>
internal sealed record SiteItems(ImmutableDictionary<TemplateItemKey, TemplateItem> Items)
{
    public TemplateItem? Find(TemplateItemKey key) => Items.GetValueOrDefault(key);
}
