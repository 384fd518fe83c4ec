using Microsoft.Extensions.Options;

namespace ErpCode.Portal.Consultant.Templates;

/// <summary>Stops the host at start when an entry of <c>Portal:TemplateFolders</c> is empty; every bad entry is reported.</summary>
internal sealed class TemplateFolderOptionsValidator : IValidateOptions<TemplateFolderOptions>
{
    public ValidateOptionsResult Validate(string? name, TemplateFolderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        for (var i = 0; i < options.TemplateFolders.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.TemplateFolders[i]))
            {
                errors.Add($"{TemplateFolderOptions.SectionName}:TemplateFolders:{i} must be the path of a folder of templates, not empty.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
