using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Documents;

/// <summary>
/// A business document as the document service returns it: its portal type, id and version (the ETag), and its
/// properties as the current type exposes them (system properties, the type's properties, the children with their
/// own ids and types). Properties removed from the type stay stored but are not shown.
/// </summary>
public sealed record BusinessDocument(string PortalType, string Id, long Version, DocumentValue Properties)
{
    public DocValue? this[string name] => Properties.TryGet(name, out var value) ? value : null;
}
