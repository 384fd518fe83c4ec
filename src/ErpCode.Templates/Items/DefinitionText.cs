using ErpCode.Core.Security.Roles;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Storage;
using ErpCode.Core.Workflows.Definitions;
using ErpCode.Templates.Errors;

namespace ErpCode.Templates.Items;

/// <summary>
/// A definition as the text of its business template file (indented JSON with the fields the site stores), for
/// editors that show definitions as documents: one format for template folders, exports and the portal.
/// </summary>
public static class DefinitionText
{
    /// <summary>The file text of <paramref name="definition"/> (a portal type, property sheet, category, workflow or role).</summary>
    /// <exception cref="ArgumentException"><paramref name="definition"/> is none of those.</exception>
    public static string Write(object definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ItemFormat format = definition switch
        {
            PortalType => ItemFormats.PortalTypes,
            PropertySheet => ItemFormats.PropertySheets,
            BaseCategory => ItemFormats.Categories,
            Workflow => ItemFormats.Workflows,
            RoleDefinition => ItemFormats.Roles,
            _ => throw new ArgumentException($"{definition.GetType().Name} is not a definition kind.", nameof(definition)),
        };
        return format.Create(definition).Files.Values.Single();
    }

    /// <summary>A history entry's stored JSON (<see cref="DefinitionRevision.Json"/>) in the same layout as <see cref="Write"/>.</summary>
    public static string FromStoredJson(string json) => CanonicalJson.Indent(json);

    /// <summary>
    /// Reads a definition of <paramref name="kind"/> from <paramref name="text"/>; <paramref name="label"/> names it in
    /// messages. Throws <see cref="TemplateFormatException"/> with the line and field of the first problem.
    /// </summary>
    public static object Read(DefinitionKind kind, string text, string label)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (JsonLines.SyntaxError(text) is { } error)
        {
            throw new TemplateFormatException(label, error.Line, string.Empty, $"not valid JSON: {error.Message}");
        }

        try
        {
            return kind switch
            {
                DefinitionKind.PortalType => DefinitionCodec.Read<PortalType>(text, label),
                DefinitionKind.PropertySheet => DefinitionCodec.Read<PropertySheet>(text, label),
                DefinitionKind.BaseCategory => DefinitionCodec.Read<BaseCategory>(text, label),
                DefinitionKind.Workflow => DefinitionCodec.Read<Workflow>(text, label),
                DefinitionKind.Role => DefinitionCodec.Read<RoleDefinition>(text, label),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a definition kind"),
            };
        }
        catch (InvalidDefinitionException ex)
        {
            var problem = ex.Problems[0];
            throw new TemplateFormatException(label, JsonLines.LineOf(text, problem.Field), problem.Field, problem.Message);
        }
    }

    /// <summary>The 1-based line of <paramref name="field"/> (a problem's field, such as <c>properties[2].type</c>) in <paramref name="text"/>; 1 when it is not found.</summary>
    public static int LineOf(string text, string field) => JsonLines.LineOf(text, field);
}
