namespace ErpCode.Portal.Search;

/// <summary>A document a search found: its id and what a user reads for it (its title, or its first text property).</summary>
public sealed record SearchHit(string Id, string Title);
