using ErpCode.Templates.Errors;

namespace ErpCode.Templates.Folders;

/// <summary>A folder of template folders (<c>business-templates/</c>), where dependencies are looked up by name.</summary>
public sealed class TemplateRepository(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>True when the repository has a folder for the template <paramref name="name"/>.</summary>
    public bool Contains(string name) => File.Exists(Path.Combine(Root, name, Manifest.TemplateManifest.FileName));

    /// <summary>Reads the template <paramref name="name"/>; throws <see cref="TemplateFormatException"/> when it cannot.</summary>
    public TemplateFolder Read(string name) => TemplateFolderReader.Read(Path.Combine(Root, name));
}
