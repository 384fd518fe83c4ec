using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>The documents of the matrix, made through the document service whatever entry point the matrix then drives.</summary>
internal static class MatrixDocuments
{
    /// <summary>
    /// An expense drafted by Alice, with Carol and the group finance as Assignees (given by Mia, a Manager), brought to
    /// <paramref name="state"/> by the people the workflow lets do it.
    /// </summary>
    public static async Task<string> ExpenseInStateAsync(DocumentService documents, string state, CancellationToken cancellationToken)
    {
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
