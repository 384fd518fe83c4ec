using System.Collections.Immutable;
using ErpCode.Templates.Errors;

namespace ErpCode.Templates.Items;

/// <summary>
/// One kind of template item, both ways: reading its files from a template folder (every problem a
/// <see cref="TemplateFormatException"/> naming the file and line) and writing an item's files from its model, in
/// the one layout that makes install-then-export give the same bytes.
/// </summary>
internal abstract class ItemFormat
{
    public abstract TemplateItemKind Kind { get; }

    /// <summary>The folder of the template holding the items, such as <c>portal_types</c>.</summary>
    public abstract string Folder { get; }

    /// <summary>Reads every item of this kind under <paramref name="root"/> (the template folder), in name order.</summary>
    public abstract IEnumerable<TemplateItem> Read(string root);

    /// <summary>The item with its files, from its model (a definition, a <see cref="ComponentPayload"/>, a <see cref="DataPayload"/>).</summary>
    public abstract TemplateItem Create(object payload);

    protected static ImmutableSortedDictionary<string, string> Files(params (string Path, string Text)[] files) =>
        files.ToImmutableSortedDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);

    /// <summary>The files directly in <paramref name="folder"/>, by name, as (relative path, full path).</summary>
    protected static IEnumerable<(string Relative, string Full)> FilesIn(string root, string folder)
    {
        var full = Path.Combine(root, folder);
        return Directory.Exists(full)
            ? Directory.EnumerateFiles(full).Order(StringComparer.Ordinal).Select(f => ($"{folder}/{Path.GetFileName(f)}", f))
            : [];
    }

    protected static void CheckSyntax(string relative, string text)
    {
        if (JsonLines.SyntaxError(text) is { } error)
        {
            throw new TemplateFormatException(relative, error.Line, string.Empty, $"not valid JSON: {error.Message}");
        }
    }

    protected static void RefuseOther(string relative, string expected) =>
        throw new TemplateFormatException(relative, 0, string.Empty, $"this folder holds only {expected} files");
}
