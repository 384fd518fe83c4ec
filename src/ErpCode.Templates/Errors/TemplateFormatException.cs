namespace ErpCode.Templates.Errors;

/// <summary>A template file that cannot be read: the file (relative to the template folder), the line (1-based, 0 when unknown), the field and what is wrong.</summary>
public sealed class TemplateFormatException : TemplateException
{
    public TemplateFormatException(string file, int line, string field, string problem)
        : base(TemplateErrorCodes.Format, Describe(file, line, field, problem))
    {
        File = file;
        Line = line;
        Field = field;
        Problem = problem;
    }

    public string File { get; }

    public int Line { get; }

    public string Field { get; }

    public string Problem { get; }

    private static string Describe(string file, int line, string field, string problem) =>
        $"{file}{(line > 0 ? $" line {line}" : string.Empty)}{(string.IsNullOrEmpty(field) ? string.Empty : $", {field}")}: {problem}";
}
