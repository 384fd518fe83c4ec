using System.Collections.Immutable;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Documents;

namespace ErpCode.Core.Components;

/// <summary>
/// The one place that reads and saves components, for every entry point (OData, portal, CLI). A save is always
/// kept, with its history entry: source that compiles becomes the validated version and raises the site
/// revision, so every node swaps it in; source that does not compile is stored as Modified with its
/// diagnostics while the last validated version keeps running. Nothing typed is ever lost. Every change needs
/// <see cref="SitePermissions.ManageCode"/> and is audited; so is reading as a person (the overloads taking a caller).
/// </summary>
public sealed partial class ComponentService(IDocumentStore store, IComponentCompiler compiler, SecurityPolicy policy, IAuditLog audit, TimeProvider time, Sites.ISiteRuntime? runtime = null)
{
    private readonly ComponentCatalog _catalog = new(store);

    public async Task EnsureCollectionsAsync(CancellationToken cancellationToken = default)
    {
        await store.EnsureCollectionAsync(ComponentDocuments.Definition, cancellationToken);
        await store.EnsureCollectionAsync(ComponentDocuments.HistoryDefinition, cancellationToken);
    }

    public Task<Component?> FindAsync(string reference, CancellationToken cancellationToken = default) =>
        _catalog.FindAsync(reference, cancellationToken);

    public Task<IReadOnlyList<Component>> ListAsync(CancellationToken cancellationToken = default) =>
        _catalog.ListAsync(cancellationToken);

    public Task<IReadOnlyList<ComponentRevision>> HistoryAsync(string reference, CancellationToken cancellationToken = default) =>
        _catalog.HistoryAsync(reference, cancellationToken);

    /// <summary>
    /// Saves source for <paramref name="reference"/> (creating the component at the first save) as
    /// <paramref name="caller"/>, who needs ManageCode, and must be a Developer when the component has proxy roles.
    /// Throws <see cref="PermissionDeniedException"/> (audited) when they may not, <see cref="InvalidComponentException"/>
    /// for a bad reference or a change of kind, and the store's <see cref="Storage.Errors.ConcurrencyException"/> when
    /// someone else saved in between.
    /// </summary>
    public async Task<Component> SaveAsync(string reference, ComponentKind kind, string source, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(caller);
        var target = Target(reference);
        await policy.DemandAsync(caller, SitePermissions.ManageCode, target, cancellationToken);
        if (ComponentNames.Check(reference) is { } problem)
        {
            throw new InvalidComponentException(reference ?? string.Empty, problem);
        }

        var components = store.Collection(ComponentDocuments.Collection);
        var existingDocument = await components.FindAsync(reference, cancellationToken);
        var existing = existingDocument is null ? null : ComponentDocuments.FromDocument(existingDocument);
        if (existing is not null && existing.Kind != kind)
        {
            throw new InvalidComponentException(reference, $"it is a {existing.Kind} component and cannot become a {kind}");
        }

        if (existing is not null)
        {
            await DemandDeveloperIfProxiedAsync(existing, caller, "change its source", cancellationToken);
        }

        var modules = (await ListAsync(cancellationToken))
            .Where(c => c.Kind == ComponentKind.Module && c.Runs && c.Reference != reference)
            .ToList();
        var version = (existing?.Version ?? 0) + 1;
        var diagnostics = compiler.Check(kind, reference, version, source, modules);
        var compiles = !diagnostics.Any(d => d.Severity == "Error");
        var saved = (compiles
            ? new Component(reference, kind, source, ComponentValidationState.Validated, diagnostics, version, source, 0)
            : new Component(
                reference,
                kind,
                source,
                existing?.ValidatedSource is null ? ComponentValidationState.Draft : ComponentValidationState.Modified,
                diagnostics,
                existing?.Version ?? 0,
                existing?.ValidatedSource,
                0)) with { ProxyRoles = existing?.ProxyRoles ?? [], Action = existing?.Action };
        var sequence = (existingDocument is null ? 0 : ComponentDocuments.HistoryCount(existingDocument)) + 1;
        var stored = await WriteAsync(existingDocument, saved, Revision(saved, sequence, caller), raisesRevision: compiles, cancellationToken);
        await AuditAsync(caller, reference, $"Saved the source of {reference} ({kind}): version {saved.Version}, {saved.ValidationState}.");
        return saved with { StoreVersion = stored.Version };
    }

    /// <summary>
    /// Switches a component off (nothing of it runs) until its next validated save, as <paramref name="caller"/>, who
    /// needs ManageCode. Throws <see cref="PermissionDeniedException"/> (audited) when they may not.
    /// </summary>
    public async Task<Component> InvalidateAsync(string reference, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await policy.DemandAsync(caller, SitePermissions.ManageCode, Target(reference), cancellationToken);
        var document = await GetDocumentAsync(reference, cancellationToken);
        var current = ComponentDocuments.FromDocument(document);
        var invalidated = current with { ValidationState = ComponentValidationState.Invalidated, Diagnostics = ImmutableArray<ComponentDiagnostic>.Empty };
        var sequence = ComponentDocuments.HistoryCount(document) + 1;
        var stored = await WriteAsync(document, invalidated, Revision(invalidated, sequence, caller), raisesRevision: true, cancellationToken);
        await AuditAsync(caller, reference, $"Switched {current.DisplayName} off.");
        return invalidated with { StoreVersion = stored.Version };
    }

    private static string Target(string? reference) => $"Component {reference}";

    /// <summary>
    /// Denies (audited) anyone but a Developer a change to <paramref name="component"/> when it has proxy roles: otherwise
    /// anyone with ManageCode could decide what runs with them, or for whom. <paramref name="change"/> says what was asked.
    /// </summary>
    private async Task DemandDeveloperIfProxiedAsync(Component component, Caller caller, string change, CancellationToken cancellationToken)
    {
        if (component.IsProxied && !ProxyRoleRules.MayManage(caller))
        {
            throw await policy.DeniedAsync(
                caller,
                SitePermissions.ManageCode,
                Target(component.Reference),
                $"{component.Reference} runs with the proxy roles {string.Join(", ", component.ProxyRoles)}, so only a Developer may {change}",
                cancellationToken);
        }
    }

    private ComponentRevision Revision(Component component, int sequence, Caller caller) =>
        new(component.Reference, sequence, caller.Name, time.GetUtcNow().UtcDateTime, component.Source, component.ValidationState, component.Version)
        {
            ProxyRoles = component.ProxyRoles,
            Action = component.Action,
        };

    private async Task<StoredDocument> GetDocumentAsync(string reference, CancellationToken cancellationToken) =>
        (ComponentNames.Check(reference) is null ? await store.Collection(ComponentDocuments.Collection).FindAsync(reference, cancellationToken) : null)
        ?? throw new Storage.Errors.DocumentNotFoundException(ComponentDocuments.Collection, reference);

    /// <summary>Writes the component and its history entry in one transaction; raising the revision makes every node rebuild what runs.</summary>
    private async Task<StoredDocument> WriteAsync(StoredDocument? existing, Component component, ComponentRevision revision, bool raisesRevision, CancellationToken cancellationToken)
    {
        var body = ComponentDocuments.ToBody(component, revision.Sequence);
        await using var transaction = await store.BeginTransactionAsync(cancellationToken);
        var components = transaction.Collection(ComponentDocuments.Collection);
        var stored = existing is null
            ? await components.InsertAsync(new NewDocument(component.Reference, body, ComponentDocuments.TypeName), cancellationToken)
            : await components.ReplaceAsync(component.Reference, existing.Version, body, cancellationToken);
        await transaction.Collection(ComponentDocuments.HistoryCollection).InsertAsync(ComponentDocuments.ToHistory(revision), cancellationToken);
        if (raisesRevision)
        {
            await transaction.IncrementRevisionAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (raisesRevision && runtime is not null)
        {
            // This node runs the new code from the caller's next request; the others notice the revision by polling.
            await runtime.RefreshAsync(cancellationToken);
        }

        return stored;
    }

    // Recorded once the change is committed, whatever the caller's token says: an accepted change is always audited.
    private Task AuditAsync(Caller caller, string reference, string detail) =>
        audit.RecordAsync(new AuditEvent(AuditKinds.CodeChanged, caller.Name, Target(reference), true, detail), CancellationToken.None);
}
