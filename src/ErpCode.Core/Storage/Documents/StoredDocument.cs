using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Documents;

/// <summary>
/// A document as the store holds it: its id, its portal type, the id of the document that contains it,
/// its version (1 after insert, +1 on every write; the OData ETag) and its body.
/// </summary>
public sealed record StoredDocument(string Id, string? Type, string? ParentId, long Version, DocumentValue Body);
