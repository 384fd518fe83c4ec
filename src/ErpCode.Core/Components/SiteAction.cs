using System.Collections.Immutable;
using ErpCode.Core.Sites;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Components;

/// <summary>
/// What makes a Script component an action of the site (an unbound OData action named after the script, such as
/// <c>POST /odata/OrderTotals</c>): the callers who may run it (any of <see cref="Roles"/>), its typed
/// <see cref="Parameters"/> (the script reads them from <c>Parameters["Customer"]</c>) and what it returns (null:
/// nothing). Like ERP5's script parameters and guard roles, it belongs to the component, not to its source.
/// Parameter and return types are the scalar property types: String, Int, Decimal, Bool, Date, DateTime.
/// </summary>
public sealed record SiteAction
{
    public ImmutableArray<BusinessMethodParameter> Parameters { get; init; } = [];

    public PropertyType? Returns { get; init; }

    /// <summary>The roles that may run it; a caller needs one of them. Never empty: who may run it is always said.</summary>
    public ImmutableArray<string> Roles { get; init; } = [];

    public bool Equals(SiteAction? other) =>
        other is not null
        && Parameters.SequenceEqual(other.Parameters)
        && Returns == other.Returns
        && Roles.SequenceEqual(other.Roles, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Parameters.Length, Returns, Roles.Length);
}
