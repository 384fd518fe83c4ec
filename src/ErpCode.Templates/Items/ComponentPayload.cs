using System.Collections.Immutable;
using ErpCode.Core.Components;

namespace ErpCode.Templates.Items;

/// <summary>
/// A component as a template carries it: reference, kind, source, proxy roles and, for a Script, its declaration as a
/// site action (null: none); no history, no state. Two payloads are equal when they describe the same component, the
/// proxy roles compared by their names (a reader and the site give different arrays for the same roles).
/// </summary>
public sealed record ComponentPayload(string Reference, ComponentKind Kind, string Source, ImmutableArray<string> ProxyRoles, SiteAction? Action = null)
{
    public bool Equals(ComponentPayload? other) =>
        other is not null
        && Reference == other.Reference
        && Kind == other.Kind
        && Source == other.Source
        && Roles(ProxyRoles).SequenceEqual(Roles(other.ProxyRoles), StringComparer.Ordinal)
        && Equals(Action, other.Action);

    public override int GetHashCode() => HashCode.Combine(Reference, Kind, Source, Roles(ProxyRoles).Length, Action);

    private static ImmutableArray<string> Roles(ImmutableArray<string> roles) => roles.IsDefault ? [] : roles;
}
