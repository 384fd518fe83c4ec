using System.Collections.Immutable;
using ErpCode.Templates.Items;
using ErpCode.Templates.Manifest;

namespace ErpCode.Templates.Folders;

/// <summary>A template as read from <c>business-templates/&lt;name&gt;/</c>: its manifest (parsed and as written) and its items, in key order.</summary>
public sealed record TemplateFolder(string Path, TemplateManifest Manifest, string ManifestText, ImmutableArray<TemplateItem> Items)
{
    public string Name => Manifest.Name;

    public override string ToString() => $"{Manifest} ({Path})";
}
