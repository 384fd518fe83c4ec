namespace ErpCode.Server.Authentication;

/// <summary>The body of <c>POST /auth/token</c>.</summary>
internal sealed record TokenRequest(string? UserName, string? Password);
