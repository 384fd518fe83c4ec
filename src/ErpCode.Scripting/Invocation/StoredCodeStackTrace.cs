using System.Diagnostics;

namespace ErpCode.Scripting.Invocation;

/// <summary>Reads the frames of an exception that lie in stored code: their PDB path is the component's name.</summary>
internal static class StoredCodeStackTrace
{
    /// <summary>The innermost frame in stored code: which component (display name) and which line of it.</summary>
    public static (string Component, int Line)? InnermostComponentFrame(Exception exception, Func<string, bool> isComponent)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            var file = frame.GetFileName();
            if (file is not null && isComponent(file) && frame.GetFileLineNumber() > 0)
            {
                return (file, frame.GetFileLineNumber());
            }
        }

        return null;
    }

    /// <summary>The stored-code frames, outermost last, as <c>SaleOrder (Document, v4) line 42 in Confirm</c>.</summary>
    public static IReadOnlyList<string> Describe(Exception exception, Func<string, bool> isComponent) =>
        [.. new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .Where(f => f.GetFileName() is { } file && isComponent(file))
            .Select(f => $"{f.GetFileName()} line {f.GetFileLineNumber()} in {f.GetMethod()?.Name}")];
}
