using System.Collections.Immutable;
using ErpCode.Core.Security.Roles;

namespace ErpCode.Core.Security;

/// <summary>
/// Who asks: the user on whose behalf a service call runs, with the roles they hold on the whole site and the groups
/// they belong to (local roles may be given to a group). Every application service takes one; history entries,
/// stamps and permission checks use it.
/// </summary>
public sealed record Caller(string Name, ImmutableArray<string> Roles)
{
    /// <summary>ErpCode itself, for work no user asked for (start-up, template installation).</summary>
    public static Caller System { get; } = new("system", [SiteRoles.Manager]) { Unrestricted = true };

    /// <summary>
    /// True for <see cref="System"/> only: ErpCode's own work (installing templates, seeding, following automatic
    /// transitions on a user's behalf is not this) passes every permission check. No user or token is ever unrestricted.
    /// </summary>
    public bool Unrestricted { get; private init; }

    /// <summary>The groups the user belongs to; local roles given to a group on a document apply to its members.</summary>
    public ImmutableArray<string> Groups { get; init; } = [];

    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>This caller with <paramref name="extra"/> roles added (a script's proxy roles).</summary>
    public Caller WithRoles(IEnumerable<string> extra) => this with { Roles = [.. Roles.Union(extra, StringComparer.Ordinal)] };
}
