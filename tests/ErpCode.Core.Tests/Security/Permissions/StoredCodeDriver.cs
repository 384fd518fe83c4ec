using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Workflows;

namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>
/// The matrix through the portal stored code uses: a Script component, run as the user, does the action through
/// <c>Portal</c> and records on its scratch document that it got through.
/// </summary>
internal sealed class StoredCodeDriver(ISiteRuntime runtime) : IMatrixDriver
{
    public const string Probe = "MatrixProbe";

    public const string ProbeSource = """
        var id = (string)Parameters["Id"]!;
        switch ((string)Parameters["Action"]!)
        {
            case "Create":
                Portal.Create("Expense", "", null, new System.Collections.Generic.Dictionary<string, object?> { ["Amount"] = 12.5m });
                break;
            case "View":
                Document!.Set("Found", Portal.Find("Expense", id) != null);
                Document!.Set("Queried", Portal.Query("Expense", "Id", id).Count == 1);
                break;
            case "Modify":
                Portal.Update("Expense", id, new System.Collections.Generic.Dictionary<string, object?> { ["Reason"] = "Changed by " + User.Name });
                break;
            case "Delete":
                Portal.Delete("Expense", id);
                break;
            default:
                Portal.Fire("Expense", id, (string)Parameters["Action"]!);
                break;
        }

        Document!.Set("Done", true);
        """;

    public Task<Outcome> CreateAsync(Caller caller, CancellationToken cancellationToken) => Task.FromResult(Run("Create", string.Empty, caller, cancellationToken).Outcome);

    public Task<Outcome> ViewAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        var (outcome, scratch) = Run("View", id, caller, cancellationToken);
        Assert.Equal(Outcome.Allowed, outcome);
        var found = scratch!["Found"] is BoolValue { Value: true };
        Assert.True(found == scratch["Queried"] is BoolValue { Value: true }, $"{caller.Name} on {id}: Find and Query disagree");
        return Task.FromResult(found ? Outcome.Allowed : Outcome.NotFound);
    }

    public Task<Outcome> ModifyAsync(string id, Caller caller, CancellationToken cancellationToken) => Task.FromResult(Run("Modify", id, caller, cancellationToken).Outcome);

    public Task<Outcome> DeleteAsync(string id, Caller caller, CancellationToken cancellationToken) => Task.FromResult(Run("Delete", id, caller, cancellationToken).Outcome);

    public Task<Outcome> FireAsync(string id, string transition, Caller caller, CancellationToken cancellationToken) => Task.FromResult(Run(transition, id, caller, cancellationToken).Outcome);

    private (Outcome Outcome, DocumentValue? Scratch) Run(string action, string id, Caller caller, CancellationToken cancellationToken)
    {
        using var lease = runtime.Lease();
        try
        {
            var scratch = lease.Scripts.Run(
                Probe,
                new BusinessCall("Expense", id, false, caller, cancellationToken),
                DocumentValue.Empty,
                new Dictionary<string, object?> { ["Action"] = action, ["Id"] = id });
            Assert.True(scratch["Done"] is BoolValue { Value: true });
            return (Outcome.Allowed, scratch);
        }
        catch (Exception ex)
        {
            for (Exception? e = ex; e is not null; e = e.InnerException)
            {
                switch (e)
                {
                    case DocumentNotFoundException:
                        return (Outcome.NotFound, null);
                    case PermissionDeniedException or TransitionRefusedException:
                        return (Outcome.Denied, null);
                }
            }

            throw;
        }
    }
}
