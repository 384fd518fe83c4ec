using ErpCode.Templates.Folders;

namespace ErpCode.Templates.Tests.Shipped;

/// <summary>The repository's own <c>business-templates/</c> and <c>seed/</c> folders, found by walking up from the test binaries.</summary>
internal static class ShippedTemplates
{
    /// <summary>The shipped templates, in dependency order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["erp_base", "erp_trade", "erp_accounting"];

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Root => Path.Combine(RepositoryRoot, "business-templates");

    public static string SeedFolder => Path.Combine(RepositoryRoot, "seed");

    public static TemplateRepository Repository { get; } = new(Path.Combine(RepositoryRoot, "business-templates"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ErpCode.sln")) && Directory.Exists(Path.Combine(folder.FullName, "business-templates")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds ErpCode.sln and business-templates/.");
    }
}
