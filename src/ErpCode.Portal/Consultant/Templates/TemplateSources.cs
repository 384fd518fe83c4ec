using ErpCode.Core.Errors;
using ErpCode.Templates.Folders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ErpCode.Portal.Consultant.Templates;

/// <summary>
/// The folders the templates page offers templates from: the shipped <c>business-templates/</c> under the content root,
/// then the folders of <see cref="TemplateFolderOptions.TemplateFolders"/>. No other path is ever read.
/// </summary>
internal sealed class TemplateSources(IOptions<TemplateFolderOptions> options, IHostEnvironment host)
{
    private const string ShippedFolder = "business-templates";

    /// <summary>The shipped repository, where install and upgrade plans look up dependencies.</summary>
    public TemplateRepository Shipped => new(Path.Combine(host.ContentRootPath, ShippedFolder));

    /// <summary>Reads every source now (folders change between page loads): shipped templates first, then each configured folder in order, by name within each.</summary>
    public IReadOnlyList<AvailableTemplate> ReadAvailable()
    {
        var result = new List<AvailableTemplate>();
        var shipped = Shipped;

        // A server deployed without business-templates/ simply offers none of them, as before configured folders existed.
        if (Directory.Exists(shipped.Root))
        {
            Read(shipped, ShippedFolder + "/", result);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { shipped.Root };
        foreach (var configured in options.Value.TemplateFolders)
        {
            TemplateRepository repository;
            try
            {
                repository = new TemplateRepository(Path.Combine(host.ContentRootPath, configured));
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                result.Add(new AvailableTemplate(null, configured, null, $"not a folder path: {ex.Message}"));
                continue;
            }

            if (!seen.Add(repository.Root))
            {
                continue;
            }

            if (!Directory.Exists(repository.Root))
            {
                result.Add(new AvailableTemplate(null, repository.Root, null, "the folder does not exist"));
                continue;
            }

            Read(repository, repository.Root, result);
        }

        return result;
    }

    private static void Read(TemplateRepository repository, string source, List<AvailableTemplate> result)
    {
        List<string> names;
        try
        {
            names = [.. Directory.EnumerateDirectories(repository.Root).Select(Path.GetFileName).OfType<string>().Where(repository.Contains).Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            result.Add(new AvailableTemplate(null, source, null, ex.Message));
            return;
        }

        foreach (var name in names)
        {
            try
            {
                result.Add(new AvailableTemplate(name, source, repository.Read(name), null));
            }
            catch (ErpCodeException ex)
            {
                result.Add(new AvailableTemplate(name, source, null, ex.Message));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                result.Add(new AvailableTemplate(name, source, null, ex.Message));
            }
        }
    }
}
