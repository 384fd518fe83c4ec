namespace ErpCode.Scripting.Sandbox;

/// <summary>A line of the sandbox allow-list that does not follow its syntax; the message names the file, line and problem.</summary>
internal sealed class SandboxAllowListFormatException : FormatException
{
    public SandboxAllowListFormatException(string fileName, int lineNumber, string line, string problem)
        : base($"{fileName}({lineNumber}): {problem}: '{line.Trim()}'")
    {
        FileName = fileName;
        LineNumber = lineNumber;
    }

    public string FileName { get; }

    /// <summary>The 1-based number of the malformed line.</summary>
    public int LineNumber { get; }
}
