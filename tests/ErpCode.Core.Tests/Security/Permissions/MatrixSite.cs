using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.DocumentSite;

namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>One site with the expense definitions, shared by the rows of a matrix; each row drafts its own expense.</summary>
public sealed class MatrixSite : IAsyncLifetime
{
    private DocumentTestSite? _site;

    internal DocumentTestSite Site => _site ?? throw new InvalidOperationException("The matrix site is not open.");

    public async ValueTask InitializeAsync()
    {
        _site = await DocumentTestSite.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await _site.Definitions.SaveAsync(ExpenseDefinitions.Sheet, _site.Caller, ct);
        await _site.Definitions.SaveAsync(ExpenseDefinitions.Workflow, _site.Caller, ct);
        await _site.Definitions.SaveAsync(ExpenseDefinitions.Expense, _site.Caller, ct);
        var probe = await _site.Components.SaveAsync(StoredCodeDriver.Probe, ComponentKind.Script, StoredCodeDriver.ProbeSource, _site.Caller, ct);
        Assert.True(probe.Runs, string.Join("; ", probe.Diagnostics.Select(d => d.Message)));
        await _site.Runtime.RefreshAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    /// <summary>
    /// An expense drafted by Alice, with Carol and the group finance as Assignees (given by Mia, a Manager), brought to
    /// <paramref name="state"/> by the people the workflow lets do it.
    /// </summary>
    internal async Task<string> ExpenseInStateAsync(string state, CancellationToken cancellationToken)
    {
        var documents = Site.Documents;
        var expense = await documents.CreateAsync("Expense", DocumentValue.Create(("Amount", 40m), ("Reason", "Train")), MatrixUsers.Alice, cancellationToken);
        expense = await documents.SetLocalRolesAsync("Expense", expense.Id, expense.Version, "user:carol", ["Assignee"], MatrixUsers.Mia, cancellationToken);
        expense = await documents.SetLocalRolesAsync("Expense", expense.Id, expense.Version, "group:finance", ["Assignee"], MatrixUsers.Mia, cancellationToken);
        if (state is "submitted" or "approved")
        {
            expense = await documents.FireAsync("Expense", expense.Id, expense.Version, "Submit", null, MatrixUsers.Alice, cancellationToken);
        }

        if (state is "approved")
        {
            expense = await documents.FireAsync("Expense", expense.Id, expense.Version, "Approve", null, MatrixUsers.Carol, cancellationToken);
        }

        Assert.Equal(state, expense["ExpenseState"]!.ToString());
        return expense.Id;
    }
}
