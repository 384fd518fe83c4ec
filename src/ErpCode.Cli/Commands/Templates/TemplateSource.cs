using ErpCode.Cli.Hosting;
using ErpCode.Templates.Folders;

namespace ErpCode.Cli.Commands.Templates;

/// <summary>Finds the template folders a verb names: the repository, and one template by name or path.</summary>
internal static class TemplateSource
{
    public const string DefaultFolder = "business-templates";

    public static TemplateRepository Repository(CliSite site, TemplateSettings settings) =>
        new(settings.Repository ?? Path.Combine(Path.GetDirectoryName(site.ConfigFile)!, DefaultFolder));

    public static TemplateFolder Read(CliSite site, TemplateNameSettings settings)
    {
        var repository = Repository(site, settings);
        if (repository.Contains(settings.Template))
        {
            return repository.Read(settings.Template);
        }

        var path = Path.GetFullPath(settings.Template);
        return Directory.Exists(path)
            ? TemplateFolderReader.Read(path)
            : throw new ArgumentException($"There is no template '{settings.Template}' in {repository.Root}, and no folder at {path}.");
    }
}
