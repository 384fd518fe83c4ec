namespace ErpCode.Server.Authentication;

/// <summary>The answer of <c>POST /auth/token</c>: the token, shown once, and when it expires (UTC).</summary>
internal sealed record TokenResponse(string Token, DateTime ExpiresAt);
