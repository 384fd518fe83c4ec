namespace ErpCode.Templates.Errors;

/// <summary>A dependency that is missing, of an incompatible version, or part of a cycle; nothing was installed.</summary>
public sealed class TemplateDependencyException : TemplateException
{
    public TemplateDependencyException(string template, string dependency, string problem)
        : base(TemplateErrorCodes.Dependency, $"Template {template} needs {dependency}: {problem}. Nothing was installed.")
    {
        Template = template;
        Dependency = dependency;
    }

    /// <summary>The template whose dependency fails.</summary>
    public string Template { get; }

    /// <summary>The dependency as the manifest writes it, such as <c>erp_base &gt;=1.0.0 &lt;2.0.0</c>.</summary>
    public string Dependency { get; }
}
