using ErpCode.Core.Errors;

namespace ErpCode.Scripting.Invocation;

/// <summary>
/// Stored code failed: it threw, or ran out of its budget. <see cref="Component"/> and <see cref="Line"/> name
/// where, e.g. <c>SaleOrder (Document, v4) line 42</c>; the original exception is the inner one.
/// </summary>
public sealed class StoredCodeException : ErpCodeException
{
    internal StoredCodeException(string component, int? line, Exception innerException)
        : base(ErpCodeErrorCodes.StoredCodeFailed, $"{Where(component, line)}: {innerException.GetType().Name}: {innerException.Message}", innerException)
    {
        Component = component;
        Line = line;
    }

    /// <summary>The component and version, as in <c>SaleOrder (Document, v4)</c>.</summary>
    public string Component { get; }

    /// <summary>The line of the component's source, when the failure happened inside it.</summary>
    public int? Line { get; }

    /// <summary>Where it happened: <c>SaleOrder (Document, v4) line 42</c>.</summary>
    public string Location => Where(Component, Line);

    private static string Where(string component, int? line) => line is { } l ? $"{component} line {l}" : component;
}
