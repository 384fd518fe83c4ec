using ErpCode.Templates.Folders;

namespace ErpCode.Templates.Tests.Support;

/// <summary>The template folders under Fixtures/, and scratch copies of them a test may change.</summary>
internal static class Fixtures
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "business-templates");

    public static TemplateRepository Repository { get; } = new(Root);

    public static string PathOf(string name) => Path.Combine(Root, name);

    public static TemplateFolder Read(string name) => TemplateFolderReader.Read(PathOf(name));

    /// <summary>Version 1.1.0 of tpl_base: Contact and Person and PersonClass changed, Address and segment added, region removed.</summary>
    public static TemplateFolder UpgradedBase() => TemplateFolderReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "upgrades", "tpl_base"));

    /// <summary>A scratch copy of the fixture <paramref name="name"/> in a temporary folder (named as the template), deleted with the returned scope.</summary>
    public static ScratchFolder Copy(string name)
    {
        var target = Path.Combine(Path.GetTempPath(), "erpcode-template-tests", Guid.NewGuid().ToString("N"), name);
        CopyTree(PathOf(name), target);
        return new ScratchFolder(target);
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyTree(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}

/// <summary>A temporary template folder, deleted on dispose.</summary>
internal sealed class ScratchFolder(string path) : IDisposable
{
    public string Path { get; } = path;

    public void Write(string relative, string text) => File.WriteAllText(System.IO.Path.Combine(Path, relative), text);

    public TemplateFolder Read() => TemplateFolderReader.Read(Path);

    public void Dispose()
    {
        var parent = System.IO.Path.GetDirectoryName(Path)!;
        if (Directory.Exists(parent))
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
