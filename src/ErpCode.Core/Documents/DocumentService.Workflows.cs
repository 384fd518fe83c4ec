using System.Collections.Immutable;
using ErpCode.Core.Documents.Storage;
using ErpCode.Core.Errors;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Expressions;
using ErpCode.Core.Types.Runtime;
using ErpCode.Core.Workflows;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Core.Documents;

/// <summary>Workflow transitions: a state change is a document write like any other, with its history entry, in one transaction.</summary>
public sealed partial class DocumentService
{
    /// <summary>How many automatic transitions may follow one write before ErpCode stops following them.</summary>
    private const int MaxAutomaticSteps = 16;

    /// <summary>
    /// Fires <paramref name="transition"/> on the document at <paramref name="expectedVersion"/>: the transition must be
    /// offered by the document's current state in one workflow of its chain, its guard must hold for the caller (roles,
    /// the state's permissions, the expression), and its before script must not refuse. Then the state changes and the
    /// history entry (with the comment and the workflow's variables) is written with the document, in one transaction
    /// in which the after script also runs; automatic transitions whose guard now holds follow. A refused or conflicting
    /// transition changes nothing.
    /// </summary>
    public Task<BusinessDocument> FireAsync(string portalType, string id, long expectedVersion, string transition, string? comment, Caller caller, CancellationToken cancellationToken = default) =>
        FireAsync(portalType, id, expectedVersion, transition, comment, caller, fromCode: false, cancellationToken);

    /// <summary>As <see cref="FireAsync(string, string, long, string, string?, Caller, CancellationToken)"/>, for stored code: Method-triggered transitions may fire too.</summary>
    internal Task<BusinessDocument> FireFromCodeAsync(string portalType, string id, long expectedVersion, string transition, string? comment, Caller caller, CancellationToken cancellationToken = default) =>
        FireAsync(portalType, id, expectedVersion, transition, comment, caller, fromCode: true, cancellationToken);

    private async Task<BusinessDocument> FireAsync(string portalType, string id, long expectedVersion, string transition, string? comment, Caller caller, bool fromCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentException.ThrowIfNullOrEmpty(transition);
        BusinessDocument fired;
        using (var lease = runtime.Lease())
        {
            var type = TypeOf(lease, portalType);
            var existing = await ReadAsync(lease, type, id, caller, cancellationToken);
            if (existing.Version != expectedVersion)
            {
                throw new ConcurrencyException(type.Name, id, expectedVersion, existing.Version);
            }

            var (workflow, step, from) = Offered(type, existing, transition);
            if (step.Trigger == TransitionTrigger.Automatic)
            {
                throw new TransitionNotAvailableException(type.Name, id, transition, "it is automatic: it fires by itself when its guard holds");
            }

            if (step.Trigger == TransitionTrigger.Method && !fromCode)
            {
                throw new TransitionNotAvailableException(type.Name, id, transition, "it is fired by a business method of the document's class, not by users");
            }

            CheckGuard(lease, type, existing, workflow, step, from, caller, cancellationToken);
            fired = await ApplyTransitionAsync(lease, type, existing, workflow, step, from, comment, caller, cancellationToken);
        }

        return _ambient.Value is not { InStoredCode: true } ? await FollowAutomaticAsync(portalType, fired, caller, cancellationToken) : fired;
    }

    /// <summary>The transitions of the document's workflows that <paramref name="caller"/> may fire now (guards included).</summary>
    public async Task<IReadOnlyList<WorkflowTransition>> AvailableTransitionsAsync(string portalType, string id, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        using var lease = runtime.Lease();
        var type = TypeOf(lease, portalType);
        var existing = await ReadAsync(lease, type, id, caller, cancellationToken);
        var available = new List<WorkflowTransition>();
        foreach (var workflow in type.Workflows)
        {
            var from = StateOf(existing.Body, workflow);
            foreach (var step in Offers(workflow, from).Where(t => t.Trigger == TransitionTrigger.User))
            {
                if (GuardProblem(lease, type, existing, workflow, step, from, caller, cancellationToken) is null)
                {
                    available.Add(step);
                }
            }
        }

        return available;
    }

    /// <summary>
    /// A page of the worklist <paramref name="worklist"/> of <paramref name="workflow"/>: the documents of
    /// <paramref name="portalType"/> in the worklist's states, for a caller holding one of its roles (anyone when it
    /// names none; an empty page for others).
    /// </summary>
    public async Task<DocumentPage> WorklistAsync(string portalType, string workflow, string worklist, Caller caller, int take = 100, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        using var lease = runtime.Lease();
        var type = TypeOf(lease, portalType);
        var owner = type.Workflows.FirstOrDefault(w => w.Name == workflow)
            ?? throw new UnknownWorklistException(type.Name, workflow, worklist, $"{type.Name} does not follow a workflow '{workflow}'");
        var list = owner.Worklists.FirstOrDefault(l => l.Id == worklist)
            ?? throw new UnknownWorklistException(type.Name, workflow, worklist, $"{owner.Name} has no worklist '{worklist}'");
        if (!list.Roles.IsDefaultOrEmpty && !list.Roles.Any(caller.IsInRole))
        {
            return new DocumentPage([], null);
        }

        var query = Viewable(
            lease,
            type,
            Query.Where(Filter.In(FieldPath.Parse(owner.StateVariable), [.. list.States.Select(s => (DocValue)s)])).Page(Math.Clamp(take, 1, Query.MaxTake), continuationToken),
            caller);
        var page = await Collection(DocumentCollections.Name(type.Name)).QueryAsync(query, cancellationToken);
        return new DocumentPage([.. page.Documents.Select(d => View(type, d))], page.ContinuationToken);
    }

    /// <summary>
    /// The documents of every type following <paramref name="workflow"/> whose state the workflow no longer has (an
    /// edit removed it), grouped by type and state. Needs ManageWorkflows.
    /// </summary>
    public async Task<IReadOnlyList<StrandedState>> StrandedStatesAsync(string workflow, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await policy.DemandAsync(caller, Security.Permissions.SitePermissions.ManageWorkflows, $"Workflow {workflow}", cancellationToken);
        using var lease = runtime.Lease();
        var report = new List<StrandedState>();
        foreach (var type in lease.Types.Types)
        {
            if (type.Workflows.FirstOrDefault(w => w.Name == workflow) is not { HasStates: true } current)
            {
                continue;
            }

            var variable = FieldPath.Parse(current.StateVariable);
            var stranded = Filter.And(Filter.Exists(variable), Filter.Not(Filter.In(variable, [.. current.States.Select(s => (DocValue)s.Id)])));
            var byState = new SortedDictionary<string, (long Count, List<string> Ids)>(StringComparer.Ordinal);
            string? token = null;
            do
            {
                var page = await Collection(DocumentCollections.Name(type.Name)).QueryAsync(Query.Where(stranded).Page(Query.MaxTake, token), cancellationToken);
                foreach (var document in page.Documents)
                {
                    var state = document.Body.TryGet(current.StateVariable, out var value) ? value.ToString() ?? string.Empty : string.Empty;
                    var entry = byState.TryGetValue(state, out var found) ? found : (0, []);
                    if (entry.Ids.Count < 20)
                    {
                        entry.Ids.Add(document.Id);
                    }

                    byState[state] = (entry.Count + 1, entry.Ids);
                }

                token = page.ContinuationToken;
            }
            while (token is not null);
            report.AddRange(byState.Select(pair => new StrandedState(type.Name, current.StateVariable, pair.Key, pair.Value.Count, [.. pair.Value.Ids])));
        }

        return report;
    }

    private static string StateOf(DocumentValue body, Workflow workflow) =>
        body.TryGet(workflow.StateVariable, out var state) && state is StringValue s ? s.Value : workflow.InitialState;

    private static IEnumerable<WorkflowTransition> Offers(Workflow workflow, string state) =>
        workflow.States.FirstOrDefault(s => s.Id == state) is { } current
            ? current.Transitions.Select(t => workflow.Transitions.FirstOrDefault(x => x.Id == t)).OfType<WorkflowTransition>()
            : [];

    private static (Workflow Workflow, WorkflowTransition Transition, string From) Offered(RuntimeType type, StoredDocument document, string transition)
    {
        var owner = type.Workflows.FirstOrDefault(w => w.Transitions.Any(t => t.Id == transition))
            ?? throw new TransitionNotAvailableException(
                type.Name,
                document.Id,
                transition,
                type.Workflows.IsEmpty ? $"{type.Name} has no workflow" : $"no workflow of {type.Name} ({string.Join(", ", type.Workflows.Select(w => w.Name))}) has it");
        var from = StateOf(document.Body, owner);
        if (!owner.States.Any(s => s.Id == from))
        {
            throw new TransitionNotAvailableException(type.Name, document.Id, transition, $"the document is in state '{from}', which {owner.Name} no longer has");
        }

        var step = Offers(owner, from).FirstOrDefault(t => t.Id == transition)
            ?? throw new TransitionNotAvailableException(type.Name, document.Id, transition, $"the state '{from}' of {owner.DisplayTitle} does not offer it");
        return (owner, step, from);
    }

    private static void CheckGuard(SiteLease lease, RuntimeType type, StoredDocument document, Workflow workflow, WorkflowTransition step, string from, Caller caller, CancellationToken cancellationToken)
    {
        if (GuardProblem(lease, type, document, workflow, step, from, caller, cancellationToken) is { } problem)
        {
            throw new TransitionRefusedException(workflow.Name, step.Id, problem);
        }
    }

    /// <summary>Why the guard does not hold for the caller, or null when it does.</summary>
    private static string? GuardProblem(SiteLease lease, RuntimeType type, StoredDocument document, Workflow workflow, WorkflowTransition step, string from, Caller caller, CancellationToken cancellationToken)
    {
        var guard = step.Guard;
        if (!caller.Unrestricted && !guard.Roles.IsDefaultOrEmpty && !guard.Roles.Any(LocalRoles.Of(caller, document.Body).Contains))
        {
            return $"it needs one of the roles {string.Join(", ", guard.Roles)}";
        }

        foreach (var permission in guard.Permissions)
        {
            // The same rule as every document permission: the state, else the type, else the roles' site-wide grants.
            if (!DocumentPermissions.Holds(lease.Types, type, document.Body, caller, permission))
            {
                var holders = DocumentPermissions.Holders(lease.Types, type, document.Body, permission);
                return $"it needs the permission {permission}, held in state '{from}' by {(holders.IsEmpty ? "no role" : string.Join(", ", holders))}";
            }
        }

        if (string.IsNullOrWhiteSpace(guard.Expression))
        {
            return null;
        }

        var key = ExpressionKeys.Guard(workflow, step);
        if (lease.Types.Expressions?.Find(key) is not { } expression)
        {
            return $"its guard expression is not compiled in this revision";
        }

        try
        {
            return expression.Evaluate(new ExpressionScope(document.Body, document.Id, type.Name, caller, cancellationToken)) is true
                ? null
                : "its condition does not hold for this document";
        }
        catch (ExpressionFailedException ex)
        {
            return $"its condition could not be checked ({ex.Reason})";
        }
    }

    private async Task<BusinessDocument> ApplyTransitionAsync(
        SiteLease lease, RuntimeType type, StoredDocument existing, Workflow workflow, WorkflowTransition step, string from, string? comment, Caller caller, CancellationToken cancellationToken)
    {
        var call = new BusinessCall(type.Name, existing.Id, false, caller, cancellationToken);
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Transition"] = step.Id, ["Comment"] = comment, ["State"] = from };
        if (step.BeforeScript is { Length: > 0 } before)
        {
            RunScript(lease, workflow, step, before, call, existing.Body, parameters, refuses: true);
        }

        var to = string.IsNullOrEmpty(step.To) ? from : step.To;
        var now = time.GetUtcNow().UtcDateTime;
        var body = existing.Body.With(workflow.StateVariable, to).With(SystemProperties.ModifiedAt, now).With(SystemProperties.ModifiedBy, caller.Name);
        var variables = new List<KeyValuePair<string, DocValue>>();
        foreach (var variable in workflow.Variables)
        {
            var value = lease.Types.Expressions?.Find(ExpressionKeys.Variable(workflow, variable)) is { } expression
                ? Coercion.ClrValue.ToDocValue(expression.Evaluate(new ExpressionScope(body, existing.Id, type.Name, caller, cancellationToken)), out _)
                : null;
            variables.Add(new(variable.Name, value ?? DocValue.Null));
        }

        var record = new TransitionRecord(workflow.Name, step.Id, from, to, comment, DocumentValue.Create(variables));
        return await WriteAsync(
            async transaction =>
            {
                var stored = await transaction.Collection(DocumentCollections.Name(type.Name)).ReplaceAsync(existing.Id, existing.Version, body, cancellationToken);
                await transaction.Collection(DocumentCollections.HistoryCollection).InsertAsync(
                    DocumentHistoryCodec.Write(type.Name, stored.Id, new DocumentHistoryEntry((int)stored.Version, DocumentAction.Transition, caller.Name, now, stored.Version, Changes(type, existing.Body, stored.Body)) { Transition = record }),
                    cancellationToken);
                if (step.AfterScript is { Length: > 0 } after)
                {
                    InTransaction(transaction, () => RunScript(lease, workflow, step, after, call, stored.Body, parameters, refuses: false));
                }

                return View(type, stored);
            },
            cancellationToken);
    }

    private static void RunScript(SiteLease lease, Workflow workflow, WorkflowTransition step, string script, BusinessCall call, DocumentValue body, Dictionary<string, object?> parameters, bool refuses)
    {
        if (!lease.Scripts.Exists(script))
        {
            throw new TransitionRefusedException(workflow.Name, step.Id, $"its script {script} is not a running Script component");
        }

        try
        {
            lease.Scripts.Run(script, call, body, parameters);
        }
        catch (ErpCodeException ex) when (refuses)
        {
            // The before script refuses by throwing: its own message is what the user reads.
            throw new TransitionRefusedException(workflow.Name, step.Id, ex.InnerException?.Message ?? ex.Message, ex);
        }
    }

    /// <summary>After a write that is not nested in stored code's (an AfterSave hook): the automatic transitions that now hold.</summary>
    private async Task<BusinessDocument> FollowAutomaticIfAnyAsync(RuntimeType type, BusinessDocument document, Caller caller, CancellationToken cancellationToken) =>
        _ambient.Value is not { InStoredCode: true } && type.Workflows.Any(w => w.Transitions.Any(t => t.Trigger == TransitionTrigger.Automatic))
            ? await FollowAutomaticAsync(type.Name, document, caller, cancellationToken)
            : document;

    /// <summary>Fires, one after another, the automatic transitions whose guard holds on the document as written.</summary>
    private async Task<BusinessDocument> FollowAutomaticAsync(string portalType, BusinessDocument document, Caller caller, CancellationToken cancellationToken)
    {
        var current = document;
        for (var step = 0; step < MaxAutomaticSteps; step++)
        {
            using var lease = runtime.Lease();
            var type = TypeOf(lease, portalType);
            var stored = await Collection(DocumentCollections.Name(type.Name)).GetAsync(current.Id, cancellationToken);
            var next = type.Workflows
                .Select(w => (Workflow: w, From: StateOf(stored.Body, w)))
                .SelectMany(x => Offers(x.Workflow, x.From).Where(t => t.Trigger == TransitionTrigger.Automatic).Select(t => (x.Workflow, Transition: t, x.From)))
                .FirstOrDefault(x => GuardProblem(lease, type, stored, x.Workflow, x.Transition, x.From, caller, cancellationToken) is null);
            if (next.Transition is null)
            {
                return current;
            }

            current = await ApplyTransitionAsync(lease, type, stored, next.Workflow, next.Transition, next.From, null, caller, cancellationToken);
        }

        return current;
    }
}
