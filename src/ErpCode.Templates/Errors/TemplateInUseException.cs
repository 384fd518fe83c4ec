using System.Collections.Immutable;

namespace ErpCode.Templates.Errors;

/// <summary>An uninstall or upgrade refused because installed templates depend on the template as it is.</summary>
public sealed class TemplateInUseException : TemplateException
{
    public TemplateInUseException(string template, ImmutableArray<string> dependents, string problem)
        : base(TemplateErrorCodes.InUse, $"Template {template} {problem}: {string.Join(", ", dependents)} depend on it. Nothing was changed.")
    {
        Template = template;
        Dependents = dependents;
    }

    public string Template { get; }

    /// <summary>The installed templates that depend on it.</summary>
    public ImmutableArray<string> Dependents { get; }
}
