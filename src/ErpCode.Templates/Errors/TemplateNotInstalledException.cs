namespace ErpCode.Templates.Errors;

/// <summary>An operation on a template that is not installed on the site (upgrade, uninstall, export).</summary>
public sealed class TemplateNotInstalledException(string template)
    : TemplateException(TemplateErrorCodes.NotInstalled, $"Template {template} is not installed on this site.")
{
    public string Template { get; } = template;
}
