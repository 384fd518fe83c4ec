using ErpCode.Core.Security;

namespace ErpCode.Core.Sites;

/// <summary>The document a business-class hook runs for, and on whose behalf.</summary>
public sealed record BusinessCall(string PortalType, string DocumentId, bool IsNew, Caller Caller, CancellationToken CancellationToken = default);
