using System.Collections.Immutable;

namespace ErpCode.Templates.Seed;

/// <summary>One user of <c>users.json</c>: name, display name, roles, groups and first password.</summary>
internal sealed record SeedUser(string File, string Name, string? DisplayName, ImmutableArray<string> Roles, ImmutableArray<string> Groups, string Password);
