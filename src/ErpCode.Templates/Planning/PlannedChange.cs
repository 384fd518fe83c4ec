using ErpCode.Templates.Items;

namespace ErpCode.Templates.Planning;

/// <summary>
/// What an operation does to one item of one template, and why: <c>tpl_base: Conflict PortalType Person (changed on
/// the site since install and by the template)</c>. <see cref="Item"/> is the template's item, null for a removal.
/// </summary>
public sealed record PlannedChange(string Template, TemplateItemKey Key, ChangeKind Kind, string Reason, TemplateItem? Item)
{
    /// <summary>True when the site has the item now (a conflict resolved TakeTemplate then changes it rather than adding it).</summary>
    public bool OnSite { get; init; }

    public override string ToString() => $"{Symbol} {Key}{(Reason.Length == 0 ? string.Empty : $" ({Reason})")}";

    private string Symbol => Kind switch
    {
        ChangeKind.Add => "+",
        ChangeKind.Change => "~",
        ChangeKind.Remove => "-",
        ChangeKind.Conflict => "!",
        ChangeKind.KeptLocal => "=",
        _ => " ",
    };
}
