namespace ErpCode.Core.Security.Tokens;

/// <summary>A token as its owner and managers see it: never its secret, which only the issuer saw once.</summary>
public sealed record ApiTokenInfo(string Id, string Name, string Owner, ApiTokenKind Kind, DateTime CreatedAt, DateTime ExpiresAt, bool Revoked);
