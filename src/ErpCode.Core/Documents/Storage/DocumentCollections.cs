using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Documents.Storage;

/// <summary>
/// Where business documents live: one collection per portal type, named after the type (type names start with a
/// capital letter, system collections do not), holding its top-level documents with their children inside them;
/// one index per indexed property, and <c>document_history</c> for the history of every document.
/// </summary>
public static class DocumentCollections
{
    public const string HistoryCollection = "document_history";

    public static CollectionDefinition HistoryDefinition { get; } = new CollectionDefinition(HistoryCollection)
        .WithField("sequence", ErpCode.Core.Storage.Values.ValueKind.Int64)
        .WithIndex("byDocument", "_parent", "sequence");

    public static string Name(string portalType) => portalType;

    /// <summary>The collection of <paramref name="type"/>: an index per indexed property and per state variable of its workflows (worklists filter on them).</summary>
    public static CollectionDefinition For(PortalType type, IEnumerable<string> stateVariables)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(stateVariables);
        var definition = new CollectionDefinition(Name(type.Name));
        foreach (var variable in stateVariables.Where(v => !type.IndexedProperties.Contains(v)))
        {
            definition = definition.WithIndex("by" + variable, variable);
        }

        foreach (var property in type.IndexedProperties)
        {
            definition = definition.WithIndex("by" + property, property);
        }

        return definition;
    }

    /// <summary>The history parent of a document: <c>SaleOrder.SO-2026-00001</c>.</summary>
    public static string HistoryParent(string portalType, string id) => $"{portalType}.{id}";
}
