using ErpCode.Core.Storage.Documents;

namespace ErpCode.Core.Storage.Queries;

/// <summary>One page of documents; <see cref="ContinuationToken"/> is set when more documents follow.</summary>
public sealed record QueryResult(IReadOnlyList<StoredDocument> Documents, string? ContinuationToken);
