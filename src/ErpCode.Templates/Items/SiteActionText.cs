using System.Text.Json;
using ErpCode.Core.Components;
using ErpCode.Templates.Errors;

namespace ErpCode.Templates.Items;

/// <summary>
/// A Script's declaration as a site action as text: the <c>action</c> object of its template metadata file, for
/// editors and APIs that show and take it (one format for template folders, OData and the portal).
/// </summary>
public static class SiteActionText
{
    /// <summary>The declaration as indented JSON, such as <c>{"roles": ["Sales"], "parameters": [], "returns": "Decimal"}</c>.</summary>
    public static string Write(SiteAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return CanonicalJson.Write(writer => SiteActionJson.WriteValue(writer, action));
    }

    /// <summary>
    /// Reads a declaration from <paramref name="text"/>; <paramref name="label"/> names it in messages. Throws
    /// <see cref="TemplateFormatException"/> with the line and field of the problem, including what
    /// <see cref="SiteActionRules.Check"/> finds.
    /// </summary>
    public static SiteAction Read(string text, string label)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (JsonLines.SyntaxError(text) is { } error)
        {
            throw new TemplateFormatException(label, error.Line, string.Empty, $"not valid JSON: {error.Message}");
        }

        // The reader names fields as a metadata file has them (action.returns) and finds their lines by those names: read
        // the text as the value of an "action" field opened on its first line, so every line keeps its number.
        var asField = $"{{\"{SiteActionJson.Field}\": {text}\n}}";
        using var document = JsonDocument.Parse(asField);
        return SiteActionJson.Read(label, asField, document.RootElement.GetProperty(SiteActionJson.Field));
    }
}
