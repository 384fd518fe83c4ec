using System.Collections.Immutable;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Runtime;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Core.Security.Authorization;

/// <summary>
/// The one rule deciding a permission on a document (after ERP5 and Zope). The roles holding it are, first that
/// applies: those listed by the document's current workflow states that manage the permission (when several states of
/// the chain manage it, only roles all of them list); those listed by the portal type, when it manages it; the roles
/// granted it site-wide. The caller holds the permission when one of their roles on the document — site roles, Owner
/// for the creator, local roles given to them or their groups — is among those. <see cref="ViewFilter"/> turns the same
/// rule into a store filter, so queries, counts and pages only ever see permitted documents.
/// </summary>
public static class DocumentPermissions
{
    /// <summary>More state combinations than this in one chain are not expanded into a filter (each query would grow).</summary>
    private const int MaxCombinations = 256;

    /// <summary>The roles holding <paramref name="permission"/> on the document (null body: a document about to be created, which has no state yet).</summary>
    public static ImmutableArray<string> Holders(TypeSystem types, RuntimeType type, DocumentValue? body, string permission)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(type);
        var fromStates = body is null ? null : StateHolders(type.Workflows, w => CurrentState(w, body), permission);
        return fromStates ?? TypeOrSiteHolders(types, type, permission);
    }

    public static bool Holds(TypeSystem types, RuntimeType type, DocumentValue? body, Caller caller, string permission)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Unrestricted)
        {
            return true;
        }

        var roles = body is null ? caller.Roles.ToImmutableHashSet(StringComparer.Ordinal) : LocalRoles.Of(caller, body);
        return Holders(types, type, body, permission).Any(roles.Contains);
    }

    /// <summary>
    /// A filter matching the documents of <paramref name="type"/> on which <paramref name="caller"/> holds
    /// <paramref name="permission"/>, or null when they hold it on every one.
    /// </summary>
    public static Filter? ViewFilter(TypeSystem types, RuntimeType type, Caller caller, string permission = Permissions.SitePermissions.View)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Unrestricted)
        {
            return null;
        }

        var managing = type.Workflows.Where(w => w.States.Any(s => s.Permissions.Any(p => p.Permission == permission))).ToList();
        var fallback = TypeOrSiteHolders(types, type, permission);
        if (managing.Count == 0 || managing.Aggregate(1L, (n, w) => n * (w.States.Length + 1)) > MaxCombinations)
        {
            // Too many combinations is not expected of a real chain; the type's rule still applies, and each document
            // read is checked one by one as well.
            return RoleCondition(fallback, caller);
        }

        var branches = new List<Filter>();
        var everywhere = true;
        foreach (var combination in Combinations(managing))
        {
            var holders = StateHolders(managing, w => combination[w.Name].State, permission) ?? fallback;
            var condition = RoleCondition(holders, caller);
            if (condition is not null)
            {
                everywhere = false;
            }

            if (condition is OrFilter { Filters.IsEmpty: true })
            {
                continue;
            }

            var parts = combination.Values.Select(c => c.Filter).ToList();
            if (condition is not null)
            {
                parts.Add(condition);
            }

            branches.Add(parts.Count == 1 ? parts[0] : Filter.And([.. parts]));
        }

        return everywhere ? null : Filter.Or([.. branches]);
    }

    private static ImmutableArray<string> TypeOrSiteHolders(TypeSystem types, RuntimeType type, string permission) =>
        type.Definition.Permissions.FirstOrDefault(p => p.Permission == permission) is { } grant ? grant.Roles : types.Roles.Holders(permission);

    private static ImmutableArray<string>? StateHolders(IEnumerable<Workflow> workflows, Func<Workflow, WorkflowState?> stateOf, string permission)
    {
        ImmutableArray<string>? holders = null;
        foreach (var workflow in workflows)
        {
            if (stateOf(workflow)?.Permissions.FirstOrDefault(p => p.Permission == permission) is { } grant)
            {
                holders = holders is { } before ? [.. before.Intersect(grant.Roles, StringComparer.Ordinal)] : grant.Roles;
            }
        }

        return holders;
    }

    /// <summary>The state the document is in for <paramref name="workflow"/> (the initial one when unset), or null when the workflow no longer has it.</summary>
    private static WorkflowState? CurrentState(Workflow workflow, DocumentValue body)
    {
        var id = body.TryGet(workflow.StateVariable, out var value) && value is StringValue s ? s.Value : workflow.InitialState;
        return workflow.States.FirstOrDefault(state => state.Id == id);
    }

    /// <summary>
    /// Null when the caller's site roles hold the permission (every document matches); otherwise the documents where
    /// they hold it through Owner or a local role; <c>Or()</c> (nothing) when no local role could give it.
    /// </summary>
    private static Filter? RoleCondition(ImmutableArray<string> holders, Caller caller)
    {
        if (holders.Any(caller.IsInRole))
        {
            return null;
        }

        var parts = new List<Filter>();
        if (holders.Contains(SiteRoles.Owner, StringComparer.Ordinal))
        {
            parts.Add(Filter.Eq(FieldPath.Parse(SystemProperties.Owner), caller.Name));
        }

        var entries = holders.Where(r => r != SiteRoles.Owner).SelectMany(r => LocalRoles.EntriesFor(caller, r)).Select(e => (DocValue)e).ToArray();
        if (entries.Length > 0)
        {
            parts.Add(Filter.AnyElement(FieldPath.Parse(SystemProperties.LocalRoles), Filter.In(FieldPath.Element, entries)));
        }

        return parts.Count == 1 ? parts[0] : Filter.Or([.. parts]);
    }

    /// <summary>Every combination of one state (or "a state the workflow no longer has") per workflow, each with its filter.</summary>
    private static IEnumerable<Dictionary<string, (WorkflowState? State, Filter Filter)>> Combinations(List<Workflow> workflows)
    {
        IEnumerable<Dictionary<string, (WorkflowState? State, Filter Filter)>> result = [new Dictionary<string, (WorkflowState?, Filter)>(StringComparer.Ordinal)];
        foreach (var workflow in workflows)
        {
            var options = StateOptions(workflow).ToList();
            result = result.SelectMany(partial => options.Select(option => new Dictionary<string, (WorkflowState?, Filter)>(partial, StringComparer.Ordinal) { [workflow.Name] = option })).ToList();
        }

        return result;
    }

    private static IEnumerable<(WorkflowState? State, Filter Filter)> StateOptions(Workflow workflow)
    {
        var variable = FieldPath.Parse(workflow.StateVariable);
        foreach (var state in workflow.States)
        {
            var isState = Filter.Eq(variable, state.Id);
            yield return (state, state.Id == workflow.InitialState ? Filter.Or(isState, Filter.Not(Filter.Exists(variable))) : isState);
        }

        yield return (null, Filter.And(Filter.Exists(variable), Filter.Not(Filter.In(variable, [.. workflow.States.Select(s => (DocValue)s.Id)]))));
    }
}
