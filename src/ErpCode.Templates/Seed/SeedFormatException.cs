using ErpCode.Templates.Errors;

namespace ErpCode.Templates.Seed;

/// <summary>
/// A seed file that cannot be read or a seed entry the site refused: the file (relative to the seed folder), the entry
/// (a document id or user name, empty for the whole file) and what is wrong. What was loaded before it stays loaded;
/// loading again skips it and goes on.
/// </summary>
public sealed class SeedFormatException : TemplateException
{
    /// <summary>The stable error code of seed problems.</summary>
    public const string ErrorCode = "Templates.Seed";

    public SeedFormatException(string file, string entry, string problem, Exception? inner = null)
        : base(ErrorCode, $"{file}{(string.IsNullOrEmpty(entry) ? string.Empty : $", {entry}")}: {problem}")
    {
        File = file;
        Entry = entry;
        Problem = problem;
        if (inner is not null)
        {
            Data["Inner"] = inner.Message;
        }
    }

    public string File { get; }

    public string Entry { get; }

    public string Problem { get; }
}
