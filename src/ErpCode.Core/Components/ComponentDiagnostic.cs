namespace ErpCode.Core.Components;

/// <summary>One compiler or sandbox message about a component's source, at a 1-based line and column.</summary>
public sealed record ComponentDiagnostic(string Code, string Severity, int Line, int Column, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}: {Severity} {Code}: {Message}";
}
