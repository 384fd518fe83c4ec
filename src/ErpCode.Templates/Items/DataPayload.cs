using ErpCode.Core.Storage.Values;

namespace ErpCode.Templates.Items;

/// <summary>A document a template seeds: its portal type, id and body (typed JSON values, without the system stamps).</summary>
public sealed record DataPayload(string PortalType, string Id, DocumentValue Body);
