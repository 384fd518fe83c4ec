using ErpCode.Portal.Modules;

namespace ErpCode.Portal.Search;

/// <summary>What a search found in one module: the first documents, and whether more match.</summary>
public sealed record SearchGroup(PortalModule Module, IReadOnlyList<SearchHit> Hits, bool HasMore);
