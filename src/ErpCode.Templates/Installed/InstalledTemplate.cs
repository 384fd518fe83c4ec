using System.Collections.Immutable;
using ErpCode.Templates.Manifest;

namespace ErpCode.Templates.Installed;

/// <summary>
/// A template installed on the site, as the <c>business_templates</c> collection keeps it: name, version, when and by
/// whom, its manifest as written (for export), its dependencies and its items with their checksums.
/// </summary>
public sealed record InstalledTemplate(
    string Name,
    SemanticVersion Version,
    DateTime InstalledAt,
    string InstalledBy,
    string ManifestText,
    ImmutableArray<TemplateDependency> Dependencies,
    ImmutableArray<InstalledItem> Items)
{
    public override string ToString() => $"{Name} {Version}";
}
