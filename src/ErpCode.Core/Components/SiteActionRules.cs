using ErpCode.Core.Security;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Components;

/// <summary>
/// The rules of site actions: which components may be one, what a declaration must say, and who may run one. The
/// component service checks declarations with them, the document service decides who runs.
/// </summary>
public static class SiteActionRules
{
    /// <summary>What a denial to run an action names as the permission it lacked (roles grant it, through the action's declaration).</summary>
    public const string Permission = "RunAction";

    /// <summary>The types a parameter or the result may have: those a script reads and an OData action carries as a primitive.</summary>
    public static IReadOnlyList<PropertyType> Types { get; } =
        [PropertyType.String, PropertyType.Int, PropertyType.Decimal, PropertyType.Bool, PropertyType.Date, PropertyType.DateTime];

    /// <summary>Only Script components are site actions: the other kinds run for a document, or not for a caller.</summary>
    public static bool Allowed(ComponentKind kind) => kind == ComponentKind.Script;

    /// <summary>
    /// Why a component of <paramref name="kind"/> cannot carry <paramref name="action"/> (its kind, or every problem of
    /// the declaration), or null when it can: the one message the component service, its batch and templates give.
    /// </summary>
    public static string? Problem(ComponentKind kind, SiteAction action) =>
        KindProblem(kind) ?? (Check(action) is { Count: > 0 } problems ? $"the action declaration is not valid: {string.Join("; ", problems)}" : null);

    /// <summary>Why a component of <paramref name="kind"/> cannot be an action of the site, or null for a Script.</summary>
    public static string? KindProblem(ComponentKind kind) =>
        Allowed(kind) ? null : $"it is a {kind} component; only a Script component can be an action of the site";

    /// <summary>Every problem of <paramref name="action"/>, each naming the field it is about; empty when it is sound.</summary>
    public static IReadOnlyList<string> Check(SiteAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in action.Parameters)
        {
            if (!IsParameterName(parameter.Name))
            {
                problems.Add($"parameter '{parameter.Name}': a parameter name starts with a letter and holds only letters, digits and '_' (at most 64)");
            }
            else if (!seen.Add(parameter.Name))
            {
                problems.Add($"parameter '{parameter.Name}' is declared twice");
            }

            if (!Types.Contains(parameter.Type))
            {
                problems.Add($"parameter '{parameter.Name}': a parameter is one of {TypeList}, not {parameter.Type}");
            }
        }

        if (action.Returns is { } returns && !Types.Contains(returns))
        {
            problems.Add($"returns: an action returns one of {TypeList} or nothing, not {returns}");
        }

        if (action.Roles.IsEmpty)
        {
            problems.Add("roles: name the roles that may run the action, such as [\"Sales\", \"Manager\"]");
        }

        foreach (var role in action.Roles)
        {
            if (Identifiers.CheckTypeName(role) is { } roleProblem)
            {
                problems.Add($"roles: '{role}' is not a role name: {roleProblem}");
            }
            else if (role == SiteRoles.Owner)
            {
                problems.Add("roles: Owner is held on a document, and a site action runs on none");
            }
        }

        return problems;
    }

    /// <summary>True when <paramref name="caller"/> may run <paramref name="action"/>: ErpCode itself, or a holder of one of its roles.</summary>
    public static bool MayRun(SiteAction action, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Unrestricted || action.Roles.Any(caller.IsInRole);
    }

    private static bool IsParameterName(string? name) =>
        name is { Length: > 0 and <= Identifiers.MaxTypeNameLength } && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string TypeList => string.Join(", ", Types);
}
