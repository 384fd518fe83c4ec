using ErpCode.Templates.Items;

namespace ErpCode.Templates.Folders;

/// <summary>
/// Writes a template folder: the manifest text and each item's files, UTF-8 without BOM, exactly as the items give
/// them. Files left in the item folders from an earlier export are removed, so the folder holds what the site has.
/// </summary>
internal static class TemplateFolderWriter
{
    public static IReadOnlyList<string> Write(string folder, string manifestText, IEnumerable<TemplateItem> items)
    {
        Directory.CreateDirectory(folder);
        foreach (var format in ItemFormats.All)
        {
            var old = Path.Combine(folder, format.Folder);
            if (Directory.Exists(old))
            {
                Directory.Delete(old, recursive: true);
            }
        }

        var encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var written = new List<string> { Manifest.TemplateManifest.FileName };
        File.WriteAllText(Path.Combine(folder, Manifest.TemplateManifest.FileName), manifestText, encoding);
        foreach (var (path, text) in items.SelectMany(i => i.Files).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var full = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, encoding);
            written.Add(path);
        }

        return written;
    }
}
