using System.Collections.Immutable;

namespace ErpCode.Core.Security.Users;

/// <summary>
/// A user as callers see it (OData, portal, CLI): everything but the password hash. <see cref="LockedUntil"/> is set
/// while the account is locked after repeated wrong passwords.
/// </summary>
public sealed record UserInfo(
    string Name,
    string? DisplayName,
    string? Email,
    bool Enabled,
    ImmutableArray<string> Roles,
    ImmutableArray<string> Groups,
    int FailedLogins,
    DateTime? LockedUntil,
    DateTime CreatedAt,
    DateTime ModifiedAt);
