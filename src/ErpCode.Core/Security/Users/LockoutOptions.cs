namespace ErpCode.Core.Security.Users;

/// <summary><c>Security:Lockout</c>: after <see cref="MaxFailures"/> consecutive wrong passwords an account is locked for <see cref="Duration"/>.</summary>
public sealed class LockoutOptions
{
    /// <summary>Consecutive failed sign-ins that lock the account, at least 1. Defaults to 5.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>How long a locked account stays locked, more than zero. Defaults to 15 minutes.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
}
