namespace ErpCode.Templates.Errors;

/// <summary>An install or upgrade refused because of the template's own version (already installed, or a downgrade).</summary>
public sealed class TemplateVersionException(string template, string problem)
    : TemplateException(TemplateErrorCodes.Version, $"Template {template}: {problem}. Nothing was changed.")
{
    public string Template { get; } = template;
}
