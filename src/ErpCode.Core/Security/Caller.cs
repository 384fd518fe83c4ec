using System.Collections.Immutable;

namespace ErpCode.Core.Security;

/// <summary>
/// Who asks: the user on whose behalf a service call runs, with the roles they hold on the site. Every
/// application service takes one; history entries, stamps and (with the security service) permissions use it.
/// </summary>
public sealed record Caller(string Name, ImmutableArray<string> Roles)
{
    /// <summary>ErpCode itself, for work no user asked for (start-up, template installation).</summary>
    public static Caller System { get; } = new("system", ["Manager"]);

    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
