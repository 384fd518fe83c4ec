using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Documents;

/// <summary>After a business method: the document as it is now (saved when the method changed it) and what the method returned.</summary>
public sealed record BusinessMethodOutcome(BusinessDocument Document, DocValue Value);
