using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Types.Storage;

/// <summary>
/// How definitions are kept: one collection per kind (<c>portal_types</c>, <c>property_sheets</c>,
/// <c>base_categories</c>), the definition's name as the document id and its JSON form as the body; every save and
/// deletion adds an entry to <c>definition_history</c> (who, when, the definition as it was saved).
/// </summary>
internal static class DefinitionDocuments
{
    public const string HistoryCollection = "definition_history";

    public static CollectionDefinition HistoryDefinition { get; } = new CollectionDefinition(HistoryCollection)
        .WithField("sequence", ValueKind.Int64)
        .WithIndex("byDefinition", "_parent", "sequence");

    public static string Collection(DefinitionKind kind) => kind switch
    {
        DefinitionKind.PortalType => "portal_types",
        DefinitionKind.PropertySheet => "property_sheets",
        DefinitionKind.Workflow => "workflows",
        DefinitionKind.Role => "roles",
        _ => "base_categories",
    };

    public static CollectionDefinition Definition(DefinitionKind kind) => new(Collection(kind));

    /// <summary>The history's parent id for a definition, such as <c>portal_types.SaleOrder</c>.</summary>
    public static string HistoryParent(DefinitionKind kind, string name) => $"{Collection(kind)}.{name}";
}
