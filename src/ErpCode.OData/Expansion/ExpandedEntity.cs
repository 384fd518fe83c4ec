using ErpCode.Core.Storage.Values;
using ErpCode.OData.Serialization;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Expansion;

/// <summary>
/// An entity as a response writes it: its type, its body (id and version included), its version for the ETag (null
/// for a contained child), the properties <c>$select</c> shows, and the navigation properties <c>$expand</c> follows.
/// </summary>
internal sealed class ExpandedEntity(IEdmEntityType type, DocumentValue body, long? version, Selection selection)
{
    public IEdmEntityType Type { get; } = type;

    public DocumentValue Body { get; } = body;

    public long? Version { get; } = version;

    public Selection Selection { get; } = selection;

    public List<ExpandedLink> Links { get; } = [];
}

/// <summary>
/// One followed navigation property: a list (children, a reference list) or one entity (null when absent or not
/// visible); <see cref="Count"/>, when <c>$count=true</c> was asked inside <c>$expand</c>, is the size of the list
/// after its nested <c>$filter</c>, before <c>$skip</c> and <c>$top</c>.
/// </summary>
internal sealed record ExpandedLink(string Name, bool IsCollection, IReadOnlyList<ExpandedEntity> Items, long? Count = null);
