namespace ErpCode.Portal.Consultant.Shared;

/// <summary>A problem listed under an editor: where it is (a line and column, when one is known), how bad, and what.</summary>
public sealed record ShownProblem(int? Line, int Column, string Severity, string Message)
{
    public EditorMarker? Marker => Line is { } line ? new EditorMarker(line, Column, Severity, Message) : null;
}
