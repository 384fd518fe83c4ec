using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Types.Storage;
using ErpCode.Templates.Errors;
using ErpCode.Templates.Installed;
using ErpCode.Templates.Items;
using ErpCode.Templates.Planning;
using ErpCode.Templates.Site;

namespace ErpCode.Templates.Operations;

/// <summary>
/// Applies a resolved plan atomically: the definitions are checked once as the whole resulting site and the
/// components compiled together before anything is written; then definitions, components, data documents and the
/// templates' records are written in one store transaction with one raise of the site revision. Any failure, or
/// a kill before the commit, leaves the site as it was.
/// </summary>
internal sealed class TemplateApplier(IDocumentStore store, DefinitionStore definitionStore, DefinitionService definitions, ComponentService components, TimeProvider time, ISiteRuntime? runtime)
{
    /// <summary>Runs inside the transaction just before the commit; tests use it to fail an apply half-way.</summary>
    public Func<CancellationToken, Task>? BeforeCommit { get; set; }

    public async Task ApplyAsync(OperationPlan plan, IReadOnlyList<InstalledTemplate> records, IReadOnlyList<string> removedRecords, Caller caller, CancellationToken cancellationToken)
    {
        var changes = plan.Templates.SelectMany(t => t.Changes).ToList();
        var writes = changes.Where(c => c.Kind is ChangeKind.Add or ChangeKind.Change).ToList();
        var removals = changes.Where(c => c.Kind == ChangeKind.Remove).ToList();
        var definitionChanges = new DefinitionChanges
        {
            PortalTypes = [.. writes.Select(c => c.Item!.Payload).OfType<PortalType>()],
            PropertySheets = [.. writes.Select(c => c.Item!.Payload).OfType<PropertySheet>()],
            Categories = [.. writes.Select(c => c.Item!.Payload).OfType<BaseCategory>()],
            Workflows = [.. writes.Select(c => c.Item!.Payload).OfType<Core.Workflows.Definitions.Workflow>()],
            Roles = [.. writes.Select(c => c.Item!.Payload).OfType<Core.Security.Roles.RoleDefinition>()],
            Deletions = [.. removals.Where(c => ItemFormats.DefinitionKindOf(c.Key.Kind) is not null).Select(c => new DefinitionKey(ItemFormats.DefinitionKindOf(c.Key.Kind)!.Value, c.Key.Name))],
        };
        var batch = components.CreateBatch(caller);
        foreach (var component in writes.Select(c => c.Item!.Payload).OfType<ComponentPayload>())
        {
            batch.Save(component.Reference, component.Kind, component.Source, component.ProxyRoles, component.Action);
        }

        foreach (var removal in removals.Where(c => c.Key.Kind == TemplateItemKind.Component))
        {
            batch.Remove(removal.Key.Name);
        }

        // Everything is checked before the transaction opens: the definitions as one resulting site, the code compiled.
        var prepared = definitionChanges.IsEmpty ? null : await definitions.PrepareAsync(definitionChanges, caller, cancellationToken);
        var data = writes.Select(c => c.Item!).Where(i => i.Payload is DataPayload).ToList();
        if (data.Count > 0)
        {
            var types = (prepared?.After ?? await definitionStore.LoadAsync(cancellationToken)).PortalTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            if (data.FirstOrDefault(i => !types.Contains(((DataPayload)i.Payload).PortalType)) is { } orphan)
            {
                throw new TemplateFormatException(orphan.Files.Keys.First(), 0, string.Empty, $"there is no portal type {((DataPayload)orphan.Payload).PortalType} on the site or in the template");
            }
        }

        await batch.PrepareAsync(cancellationToken);
        await using (var transaction = await store.BeginTransactionAsync(cancellationToken))
        {
            if (prepared is not null)
            {
                await definitions.WriteAsync(prepared, transaction, cancellationToken);
            }

            await batch.WriteAsync(transaction, cancellationToken);
            foreach (var item in data)
            {
                await WriteDataAsync(transaction, (DataPayload)item.Payload, caller, cancellationToken);
            }

            foreach (var record in records)
            {
                await InstalledTemplateStore.SaveAsync(transaction, record, cancellationToken);
            }

            foreach (var name in removedRecords)
            {
                await InstalledTemplateStore.DeleteAsync(transaction, name, cancellationToken);
            }

            await transaction.IncrementRevisionAsync(cancellationToken);
            if (BeforeCommit is { } hook)
            {
                await hook(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (prepared is not null)
        {
            await definitions.CompleteAsync(prepared, cancellationToken);
        }
        else if (runtime is not null)
        {
            await runtime.RefreshAsync(cancellationToken);
        }

        await batch.CompleteAsync();
    }

    private async Task WriteDataAsync(IStoreTransaction transaction, DataPayload data, Caller caller, CancellationToken cancellationToken)
    {
        var documents = transaction.Collection(data.PortalType);
        var now = time.GetUtcNow().UtcDateTime;
        var existing = await documents.FindAsync(data.Id, cancellationToken);
        var body = data.Body.With(SystemProperties.ModifiedAt, now).With(SystemProperties.ModifiedBy, caller.Name);
        if (existing is null)
        {
            await documents.InsertAsync(new NewDocument(data.Id, body.With(SystemProperties.CreatedAt, now).With(SystemProperties.Owner, caller.Name), data.PortalType), cancellationToken);
            return;
        }

        // A document taken from the template keeps who created it and when.
        foreach (var stamp in (ImmutableArray<string>)[SystemProperties.CreatedAt, SystemProperties.Owner])
        {
            if (existing.Body.TryGet(stamp, out var value))
            {
                body = body.With(stamp, value);
            }
        }

        await documents.ReplaceAsync(data.Id, existing.Version, body, cancellationToken);
    }
}
