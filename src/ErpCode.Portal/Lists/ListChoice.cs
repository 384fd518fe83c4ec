namespace ErpCode.Portal.Lists;

/// <summary>One value a choice filter offers: the stored value and what a user reads.</summary>
public sealed record ListChoice(string Value, string Title);
