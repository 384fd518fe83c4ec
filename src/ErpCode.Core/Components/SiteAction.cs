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
    private readonly ImmutableArray<BusinessMethodParameter> _parameters = [];
    private readonly ImmutableArray<string> _roles = [];

    public ImmutableArray<BusinessMethodParameter> Parameters
    {
        get => _parameters;
        init => _parameters = value.IsDefault ? [] : value;
    }

    public PropertyType? Returns { get; init; }

    /// <summary>
    /// The roles that may run it, each once, in the order given; a caller needs one of them. A sound declaration names at
    /// least one (<see cref="SiteActionRules.Check"/>): who may run it is always said.
    /// </summary>
    public ImmutableArray<string> Roles
    {
        get => _roles;
        init => _roles = value.IsDefault ? [] : [.. value.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>How people read it: <c>RepeatSaleOrder(Order: String, CustomerReference?: String) → String, run by Sales, Manager</c>.</summary>
    public string Describe(string name) =>
        $"{name}({string.Join(", ", Parameters.Select(p => $"{p.Name}{(p.Optional ? "?" : string.Empty)}: {p.Type}"))}) → {Returns?.ToString() ?? "nothing"}, run by {string.Join(", ", Roles)}";

    public bool Equals(SiteAction? other) =>
        other is not null
        && Parameters.SequenceEqual(other.Parameters)
        && Returns == other.Returns
        && Roles.SequenceEqual(other.Roles, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Parameters.Length, Returns, Roles.Length);
}
