using System.Collections.Immutable;
using ErpCode.Core.Documents.Storage;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Expressions;
using ErpCode.Core.Types.Storage;

namespace ErpCode.Core.Types;

/// <summary>
/// The one place that saves and deletes type definitions, for every entry point. A change is checked against the
/// whole site as it would be after the change (names, references between definitions, containment, expressions that
/// must compile) and refused with every problem named, so an invalid definition never reaches the running site. An
/// accepted change is written with its history entry and raises the site revision in one transaction; every node
/// then rebuilds its runtime snapshot. Changing types, sheets and categories needs ManageTypes, workflows
/// ManageWorkflows, roles ManageUsers; every change is audited.
/// </summary>
public sealed partial class DefinitionService(
    IDocumentStore store,
    DefinitionStore definitions,
    IExpressionCompiler expressions,
    TimeProvider time,
    SecurityPolicy policy,
    ISiteRuntime? runtime = null)
{
    public Task<PortalType> SaveAsync(PortalType type, Caller caller, CancellationToken cancellationToken = default) =>
        SaveAsync(DefinitionKind.PortalType, type.Name, type, site => site.With(type), caller, cancellationToken);

    public Task<PropertySheet> SaveAsync(PropertySheet sheet, Caller caller, CancellationToken cancellationToken = default) =>
        SaveAsync(DefinitionKind.PropertySheet, sheet.Name, sheet, site => site.With(sheet), caller, cancellationToken);

    public Task<BaseCategory> SaveAsync(BaseCategory category, Caller caller, CancellationToken cancellationToken = default) =>
        SaveAsync(DefinitionKind.BaseCategory, category.Name, category, site => site.With(category), caller, cancellationToken);

    public Task<Workflows.Definitions.Workflow> SaveAsync(Workflows.Definitions.Workflow workflow, Caller caller, CancellationToken cancellationToken = default) =>
        SaveAsync(DefinitionKind.Workflow, workflow.Name, workflow, site => site.With(workflow), caller, cancellationToken);

    public Task<Security.Roles.RoleDefinition> SaveAsync(Security.Roles.RoleDefinition role, Caller caller, CancellationToken cancellationToken = default) =>
        SaveAsync(DefinitionKind.Role, role.Name, role, site => site.With(role), caller, cancellationToken);

    /// <summary>Deletes a definition that nothing else uses; throws <see cref="InvalidDefinitionException"/> naming the users otherwise.</summary>
    public async Task DeleteAsync(DefinitionKind kind, string name, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await policy.DemandAsync(caller, PermissionFor(kind), $"{kind} {name}", cancellationToken);
        var site = await definitions.LoadAsync(cancellationToken);
        var after = Without(site, kind, name);
        var collection = DefinitionDocuments.Collection(kind);
        var existing = await store.Collection(collection).FindAsync(name, cancellationToken)
            ?? throw new ErpCode.Core.Storage.Errors.DocumentNotFoundException(collection, name);

        // Deleting is refused when it breaks what remains: a type listing the sheet, a property pointing to the type...
        var problems = DefinitionChecker.Check(after).Except(DefinitionChecker.Check(site)).ToImmutableArray();
        if (!problems.IsEmpty)
        {
            throw new InvalidDefinitionException([new DefinitionProblem($"{kind} {name}", string.Empty, "it is still used: " + string.Join("; ", problems))]);
        }

        await using var transaction = await store.BeginTransactionAsync(cancellationToken);
        await transaction.Collection(collection).DeleteAsync(name, existing.Version, cancellationToken);
        await AddHistoryAsync(transaction, kind, name, caller, null, cancellationToken);
        await transaction.IncrementRevisionAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await policy.RecordAsync(new AuditEvent(AuditKindFor(kind), caller.Name, $"{kind} {name}", true, "deleted"), cancellationToken);
        await RefreshAsync(cancellationToken);
    }

    /// <summary>
    /// The saved revisions of a definition, for a caller holding the permission that manages its kind
    /// (<see cref="PermissionFor"/>), the same as reading it through the API; a refusal is audited.
    /// </summary>
    public async Task<IReadOnlyList<DefinitionRevision>> HistoryAsync(DefinitionKind kind, string name, Caller caller, CancellationToken cancellationToken = default)
    {
        await policy.DemandAsync(caller, PermissionFor(kind), $"{kind} {name}", cancellationToken);
        var result = await store.Collection(DefinitionDocuments.HistoryCollection).QueryAsync(
            Query.Where(Filter.Eq(FieldPath.Parent, DefinitionDocuments.HistoryParent(kind, name))).OrderBy(SortField.Asc("sequence")),
            cancellationToken);
        return [.. result.Documents.Select(d => new DefinitionRevision(
            kind,
            name,
            (int)((Int64Value)d.Body["sequence"]).Value,
            ((StringValue)d.Body["author"]).Value,
            ((DateTimeValue)d.Body["at"]).Value,
            d.Body["definition"] is StringValue json ? json.Value : null))];
    }

    private async Task<T> SaveAsync<T>(DefinitionKind kind, string name, T definition, Func<SiteDefinitions, SiteDefinitions> apply, Caller caller, CancellationToken cancellationToken)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(caller);
        await policy.DemandAsync(caller, PermissionFor(kind), $"{kind} {name}", cancellationToken);
        var site = apply(await definitions.LoadAsync(cancellationToken));
        var label = $"{kind} {name}";
        var problems = DefinitionChecker.Check(site).ToBuilder();
        using (var compiled = expressions.Compile(site.Expressions()))
        {
            foreach (var (key, diagnostics) in compiled.Failures)
            {
                var (definitionName, field) = ExpressionKeys.Split(key);
                problems.AddRange(diagnostics.Where(d => d.Severity == "Error").Select(d =>
                    new DefinitionProblem(definitionName, field, $"the expression does not compile: line {d.Line}, column {d.Column}: {d.Message}")));
            }
        }

        // Only the problems of this definition, or caused by it, block the save; older faults elsewhere are reported
        // where they are (a definition saved before a rule existed must not stop unrelated work).
        var withoutThis = DefinitionChecker.Check(Without(site, kind, name)).ToHashSet();
        var blocking = problems.Where(p => p.Definition == label || !withoutThis.Contains(p)).ToImmutableArray();
        if (!blocking.IsEmpty)
        {
            throw new InvalidDefinitionException(blocking);
        }

        // Collections follow their types: indexes for the indexed properties and the workflows' state variables.
        foreach (var type in site.PortalTypes.Where(t => definition is PortalType saved ? t.Name == saved.Name : definition is Workflows.Definitions.Workflow w && t.Workflows.Contains(w.Name)))
        {
            var stateVariables = type.Workflows.Select(name => site.Workflows.FirstOrDefault(w => w.Name == name)).Where(w => w is { HasStates: true }).Select(w => w!.StateVariable);
            await store.EnsureCollectionAsync(DocumentCollections.For(type, stateVariables), cancellationToken);
        }

        var collection = DefinitionDocuments.Collection(kind);
        var body = DefinitionCodec.ToBody(definition);
        await using (var transaction = await store.BeginTransactionAsync(cancellationToken))
        {
            var documents = transaction.Collection(collection);
            var existing = await documents.FindAsync(name, cancellationToken);
            if (existing is null)
            {
                await documents.InsertAsync(new NewDocument(name, body, kind.ToString()), cancellationToken);
            }
            else
            {
                await documents.ReplaceAsync(name, existing.Version, body, cancellationToken);
            }

            await AddHistoryAsync(transaction, kind, name, caller, DefinitionCodec.ToJson(definition), cancellationToken);
            await transaction.IncrementRevisionAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await policy.RecordAsync(new AuditEvent(AuditKindFor(kind), caller.Name, $"{kind} {name}", true, "saved"), cancellationToken);
        await RefreshAsync(cancellationToken);
        return definition;
    }

    /// <summary>The site permission a change of this kind of definition needs.</summary>
    public static string PermissionFor(DefinitionKind kind) => kind switch
    {
        DefinitionKind.Workflow => SitePermissions.ManageWorkflows,
        DefinitionKind.Role => SitePermissions.ManageUsers,
        _ => SitePermissions.ManageTypes,
    };

    private static string AuditKindFor(DefinitionKind kind) => kind switch
    {
        DefinitionKind.Workflow => AuditKinds.WorkflowChanged,
        DefinitionKind.Role => AuditKinds.RoleChanged,
        _ => AuditKinds.TypeChanged,
    };

    private static SiteDefinitions Without(SiteDefinitions site, DefinitionKind kind, string name) => kind switch
    {
        DefinitionKind.PortalType => site with { PortalTypes = [.. site.PortalTypes.Where(t => t.Name != name)] },
        DefinitionKind.PropertySheet => site with { PropertySheets = [.. site.PropertySheets.Where(s => s.Name != name)] },
        DefinitionKind.Workflow => site with { Workflows = [.. site.Workflows.Where(w => w.Name != name)] },
        DefinitionKind.Role => site with { Roles = [.. site.Roles.Where(r => r.Name != name)] },
        _ => site with { Categories = [.. site.Categories.Where(c => c.Name != name)] },
    };

    private async Task AddHistoryAsync(IStoreTransaction transaction, DefinitionKind kind, string name, Caller caller, string? json, CancellationToken cancellationToken)
    {
        var history = transaction.Collection(DefinitionDocuments.HistoryCollection);
        var parent = DefinitionDocuments.HistoryParent(kind, name);
        var sequence = await history.CountAsync(Filter.Eq(FieldPath.Parent, parent), cancellationToken) + 1;
        await history.InsertAsync(
            new NewDocument(
                $"{parent}.{sequence}",
                DocumentValue.Create(
                    ("sequence", sequence),
                    ("author", caller.Name),
                    ("at", time.GetUtcNow().UtcDateTime),
                    ("definition", json is null ? DocValue.Null : json)),
                "DefinitionRevision",
                parent),
            cancellationToken);
    }

    private Task RefreshAsync(CancellationToken cancellationToken) => runtime?.RefreshAsync(cancellationToken) ?? Task.CompletedTask;
}
