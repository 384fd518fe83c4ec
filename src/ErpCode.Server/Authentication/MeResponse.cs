namespace ErpCode.Server.Authentication;

/// <summary>The answer of <c>GET /auth/me</c>: who the request is authenticated as.</summary>
internal sealed record MeResponse(string UserName, string? DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Groups);
