using ErpCode.Templates.Items;
using ErpCode.Templates.Planning;

namespace ErpCode.Templates.Diffing;

/// <summary>How one item differs between the site and a template folder: Add (only in the folder), Remove (only on the site, installed by the template) or Change, as unified diff text.</summary>
public sealed record ItemDiff(TemplateItemKey Key, ChangeKind Kind, string Text)
{
    public override string ToString() => Text;
}
