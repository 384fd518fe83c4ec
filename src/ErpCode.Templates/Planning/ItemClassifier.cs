using ErpCode.Templates.Items;

namespace ErpCode.Templates.Planning;

/// <summary>
/// Decides what an operation does to one item from three checksums: the one recorded at install (the base), the
/// site's now, and the incoming template's. The site changed the item locally when its checksum differs from the
/// base; such an item is never overwritten or removed without the caller's resolution.
/// </summary>
internal static class ItemClassifier
{
    public static PlannedChange Classify(string template, TemplateItemKey key, string? baseChecksum, TemplateItem? site, TemplateItem? incoming, string? otherOwner)
    {
        PlannedChange Make(ChangeKind kind, string reason) => new(template, key, kind, reason, incoming) { OnSite = site is not null };

        if (incoming is null)
        {
            if (key.Kind == TemplateItemKind.Data)
            {
                return Make(ChangeKind.KeptLocal, "documents are business data and are kept");
            }

            return site is null ? Make(ChangeKind.Unchanged, "already gone from the site")
                : site.Checksum == baseChecksum ? Make(ChangeKind.Remove, string.Empty)
                : Make(ChangeKind.Conflict, "changed on the site since install; the template removes it");
        }

        if (site is not null && site.Checksum == incoming.Checksum)
        {
            return Make(ChangeKind.Unchanged, string.Empty);
        }

        if (baseChecksum is null)
        {
            return site is null ? Make(ChangeKind.Add, string.Empty)
                : Make(ChangeKind.Conflict, otherOwner is null ? "already on the site, not from this template" : $"already installed by template {otherOwner}");
        }

        var siteChanged = site?.Checksum != baseChecksum;
        var templateChanged = incoming.Checksum != baseChecksum;
        if (!siteChanged)
        {
            return Make(ChangeKind.Change, string.Empty);
        }

        if (!templateChanged)
        {
            return Make(ChangeKind.KeptLocal, site is null ? "deleted on the site since install; the template did not change it" : "changed on the site since install; the template did not change it");
        }

        return Make(ChangeKind.Conflict, site is null ? "deleted on the site since install and changed by the template" : "changed on the site since install and by the template");
    }

    /// <summary>The change a conflict becomes under <paramref name="resolution"/>; null for Stop.</summary>
    public static PlannedChange? Resolve(PlannedChange conflict, ConflictResolution resolution) => resolution switch
    {
        ConflictResolution.KeepLocal => conflict with { Kind = ChangeKind.KeptLocal, Reason = "conflict resolved: the site's item is kept" },
        ConflictResolution.TakeTemplate => conflict with
        {
            Kind = conflict.Item is null ? ChangeKind.Remove : conflict.OnSite ? ChangeKind.Change : ChangeKind.Add,
            Reason = "conflict resolved: the template's item is taken",
        },
        _ => null,
    };
}
