using System.Collections.Immutable;

namespace ErpCode.Templates.Manifest;

/// <summary>What <c>template.yaml</c> says about a template: its name, version, dependencies, description, author and licence.</summary>
public sealed record TemplateManifest(
    string Name,
    SemanticVersion Version,
    ImmutableArray<TemplateDependency> Dependencies,
    string Description,
    string Author,
    string Licence)
{
    /// <summary>The manifest's file name inside a template folder.</summary>
    public const string FileName = "template.yaml";

    public override string ToString() => $"{Name} {Version}";
}
