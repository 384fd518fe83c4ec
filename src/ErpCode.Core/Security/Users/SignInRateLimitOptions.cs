namespace ErpCode.Core.Security.Users;

/// <summary><c>Security:RateLimit</c>: sign-in attempts (<c>/auth/token</c>, <c>/auth/login</c>) allowed per client address.</summary>
public sealed class SignInRateLimitOptions
{
    /// <summary>Requests per client IP address per one-minute window, at least 1; more are answered 429. Defaults to 10.</summary>
    public int PermitPerMinute { get; set; } = 10;
}
