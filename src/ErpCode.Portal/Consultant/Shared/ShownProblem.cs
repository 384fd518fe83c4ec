namespace ErpCode.Portal.Consultant.Shared;

/// <summary>A problem listed under an editor: where it is (a line and column, when one is known), how bad, and what.</summary>
public sealed record ShownProblem(int? Line, int Column, string Severity, string Message)
{
    public EditorMarker? Marker => Line is { } line ? new EditorMarker(line, Column, Severity, Message) : null;

    /// <summary>A problem of a text in a template's format (a definition, a site action's declaration): at its line, naming its field.</summary>
    public static ShownProblem Of(ErpCode.Templates.Errors.TemplateFormatException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return new(ex.Line > 0 ? ex.Line : null, 1, "Error", string.IsNullOrEmpty(ex.Field) ? ex.Problem : $"{ex.Field}: {ex.Problem}");
    }
}
