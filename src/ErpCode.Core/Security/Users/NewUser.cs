using System.Collections.Immutable;

namespace ErpCode.Core.Security.Users;

/// <summary>A user to create, with their first password (hashed at once, never stored as given).</summary>
public sealed record NewUser(string Name, string Password)
{
    public string? DisplayName { get; init; }

    public string? Email { get; init; }

    public ImmutableArray<string> Roles { get; init; } = [];

    public ImmutableArray<string> Groups { get; init; } = [];
}
