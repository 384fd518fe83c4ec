using System.Collections.Immutable;

namespace ErpCode.Core.Security.Users;

/// <summary>
/// A user as the <c>users</c> collection keeps it, password hash included; it never leaves <see cref="UserService"/>
/// (callers get a <see cref="UserInfo"/>).
/// </summary>
internal sealed record UserAccount
{
    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Email { get; init; }

    public required string PasswordHash { get; init; }

    public bool Enabled { get; init; } = true;

    public ImmutableArray<string> Roles { get; init; } = [];

    public ImmutableArray<string> Groups { get; init; } = [];

    /// <summary>Consecutive failed sign-ins since the last success or lock.</summary>
    public int FailedLogins { get; init; }

    /// <summary>UTC time until which sign-in is refused, or null.</summary>
    public DateTime? LockedUntil { get; init; }

    public DateTime CreatedAt { get; init; }

    public string CreatedBy { get; init; } = string.Empty;

    public DateTime ModifiedAt { get; init; }

    public string ModifiedBy { get; init; } = string.Empty;

    /// <summary>The store version, for writes that must not overwrite another's.</summary>
    public long Version { get; init; }

    public bool IsLocked(DateTime now) => LockedUntil is { } until && until > now;

    public bool IsEnabledManager => Enabled && Roles.Contains(Core.Security.Roles.SiteRoles.Manager, StringComparer.Ordinal);

    public UserInfo ToInfo(DateTime now) =>
        new(Name, DisplayName, Email, Enabled, Roles, Groups, FailedLogins, IsLocked(now) ? LockedUntil : null, CreatedAt, ModifiedAt);
}
