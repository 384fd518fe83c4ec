using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Workflows;

namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>The matrix through <see cref="DocumentService"/> itself.</summary>
internal sealed class DocumentServiceDriver(DocumentService documents) : IMatrixDriver
{
    public async Task<Outcome> CreateAsync(Caller caller, CancellationToken cancellationToken) =>
        await Try(() => documents.CreateAsync("Expense", DocumentValue.Create(("Amount", 12.5m), ("Reason", "Taxi")), caller, cancellationToken));

    public async Task<Outcome> ViewAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        var found = await documents.FindAsync("Expense", id, caller, cancellationToken) is not null;
        var byId = Filter.Eq(FieldPath.Id, id);
        var queried = (await documents.QueryAsync("Expense", Query.Where(byId), caller, cancellationToken)).Documents.Any(d => d.Id == id);
        var counted = await documents.CountAsync("Expense", byId, caller, cancellationToken) == 1;
        var history = await Try(() => documents.HistoryAsync("Expense", id, caller, cancellationToken));
        Assert.True(found == queried && found == counted && found == (history == Outcome.Allowed), $"{caller.Name} on {id}: read {found}, query {queried}, count {counted}, history {history}");
        return found ? Outcome.Allowed : Outcome.NotFound;
    }

    public async Task<Outcome> ModifyAsync(string id, Caller caller, CancellationToken cancellationToken) =>
        await Try(async () =>
        {
            var version = await VersionAsync(id, cancellationToken);
            return await documents.UpdateAsync("Expense", id, version, DocumentValue.Create(("Reason", $"Changed by {caller.Name}")), caller, cancellationToken);
        });

    public async Task<Outcome> DeleteAsync(string id, Caller caller, CancellationToken cancellationToken) =>
        await Try(async () =>
        {
            await documents.DeleteAsync("Expense", id, await VersionAsync(id, cancellationToken), caller, cancellationToken);
            return true;
        });

    public async Task<Outcome> FireAsync(string id, string transition, Caller caller, CancellationToken cancellationToken) =>
        await Try(async () => await documents.FireAsync("Expense", id, await VersionAsync(id, cancellationToken), transition, null, caller, cancellationToken));

    private async Task<long> VersionAsync(string id, CancellationToken cancellationToken) =>
        (await documents.GetAsync("Expense", id, Caller.System, cancellationToken)).Version;

    private static async Task<Outcome> Try<T>(Func<Task<T>> action)
    {
        try
        {
            await action();
            return Outcome.Allowed;
        }
        catch (DocumentNotFoundException)
        {
            return Outcome.NotFound;
        }
        catch (Exception ex) when (ex is PermissionDeniedException or TransitionRefusedException)
        {
            return Outcome.Denied;
        }
    }
}
