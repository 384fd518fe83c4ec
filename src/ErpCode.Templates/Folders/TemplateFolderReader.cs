using System.Collections.Immutable;
using ErpCode.Templates.Errors;
using ErpCode.Templates.Items;
using ErpCode.Templates.Manifest;

namespace ErpCode.Templates.Folders;

/// <summary>
/// Reads a template folder: <c>template.yaml</c> and one folder per item kind (<c>portal_types/</c>,
/// <c>property_sheets/</c>, <c>categories/</c>, <c>workflows/</c>, <c>roles/</c>, <c>components/</c>, <c>data/</c>).
/// Anything else is refused, so a misspelt folder is never silently ignored. Problems are
/// <see cref="TemplateFormatException"/>s naming the file and line.
/// </summary>
public static class TemplateFolderReader
{
    public static TemplateFolder Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            throw new TemplateFormatException(path, 0, string.Empty, "there is no such template folder");
        }

        var manifestPath = System.IO.Path.Combine(full, TemplateManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new TemplateFormatException(TemplateManifest.FileName, 0, string.Empty, $"the template folder {path} has no manifest");
        }

        var manifestText = File.ReadAllText(manifestPath);
        var manifest = ManifestReader.Read(manifestText);
        if (manifest.Name != System.IO.Path.GetFileName(full.TrimEnd(System.IO.Path.DirectorySeparatorChar)))
        {
            throw new TemplateFormatException(TemplateManifest.FileName, 1, "name", $"the template is named {manifest.Name} but its folder is {System.IO.Path.GetFileName(full)}; they must match");
        }

        var folders = ItemFormats.All.Select(f => f.Folder).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(full).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal))
        {
            var isFolder = Directory.Exists(System.IO.Path.Combine(full, entry!));
            if (isFolder ? !folders.Contains(entry!) : entry != TemplateManifest.FileName && !entry!.EndsWith(".md", StringComparison.Ordinal))
            {
                throw new TemplateFormatException(entry!, 0, string.Empty, $"a template holds {TemplateManifest.FileName}, .md notes and the folders {string.Join(", ", folders)}; this is none of them");
            }
        }

        return new TemplateFolder(full, manifest, manifestText, [.. ItemFormats.All.SelectMany(f => f.Read(full)).OrderBy(i => i.Key)]);
    }
}
