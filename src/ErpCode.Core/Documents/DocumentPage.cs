namespace ErpCode.Core.Documents;

/// <summary>One page of business documents; <see cref="ContinuationToken"/> is set when more follow.</summary>
public sealed record DocumentPage(IReadOnlyList<BusinessDocument> Documents, string? ContinuationToken);
