namespace ErpCode.Core.Security.Users;

/// <summary>The <c>Security</c> section of <c>appsettings.json</c>: developers, lockout, token lifetime and sign-in rate limit.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// The user names that hold the <c>Developer</c> role (compared ignoring case). The role is granted here only,
    /// never through the API. Defaults to none.
    /// </summary>
    public IList<string> Developers { get; } = [];

    /// <summary>When repeated wrong passwords lock an account.</summary>
    public LockoutOptions Lockout { get; set; } = new();

    /// <summary>How long a token from <c>POST /auth/token</c> and a portal sign-in last. Defaults to 8 hours.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The sign-in rate limit of <c>/auth/token</c> and <c>/auth/login</c>.</summary>
    public SignInRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>True when <paramref name="userName"/> is listed in <see cref="Developers"/>.</summary>
    public bool IsDeveloper(string userName) => Developers.Any(d => string.Equals(d?.Trim(), userName, StringComparison.OrdinalIgnoreCase));
}
