using ErpCode.Core.Documents;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.DocumentSite;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>Queries see only what the caller may view, in the store query itself: pages are full and counts are right.</summary>
public sealed class QueryTrimmingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_and_counts_hold_only_viewable_documents_and_every_page_is_full()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await InstallAsync(site);
        var mine = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            // Alice and Bob interleave: each may view only their own drafts.
            var author = i % 2 == 0 ? MatrixUsers.Alice : MatrixUsers.Bob;
            var created = await site.Documents.CreateAsync("Expense", DocumentValue.Create(("Amount", (decimal)i)), author, Ct);
            if (author == MatrixUsers.Alice)
            {
                mine.Add(created.Id);
            }
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await site.Documents.QueryAsync("Expense", new Query { Take = 5, ContinuationToken = token }, MatrixUsers.Alice, Ct);
            seen.AddRange(page.Documents.Select(d => d.Id));
            token = page.ContinuationToken;
            pages++;
            Assert.True(page.Documents.Count == 5 || token is null, "a page before the last one must be full");
        }
        while (token is not null);

        Assert.Equal(mine.Order(), seen.Order());
        Assert.Equal(3, pages);
        Assert.Equal(13, await site.Documents.CountAsync("Expense", null, MatrixUsers.Alice, Ct));
        Assert.Equal(12, await site.Documents.CountAsync("Expense", null, MatrixUsers.Bob, Ct));
        Assert.Equal(25, await site.Documents.CountAsync("Expense", null, MatrixUsers.Mia, Ct));
        Assert.Equal(0, await site.Documents.CountAsync("Expense", Filter.Gt(FieldPath.Parse("Amount"), 100m), MatrixUsers.Alice, Ct));
    }

    [Fact]
    public async Task A_denied_change_is_audited_and_names_who_holds_the_permission()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await InstallAsync(site);
        var expense = await site.Documents.CreateAsync("Expense", DocumentValue.Create(("Amount", 5m)), MatrixUsers.Alice, Ct);
        expense = await site.Documents.SetLocalRolesAsync("Expense", expense.Id, expense.Version, "user:carol", ["Assignee"], MatrixUsers.Mia, Ct);

        var denied = await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Documents.UpdateAsync("Expense", expense.Id, expense.Version, DocumentValue.Create(("Amount", 6m)), MatrixUsers.Carol, Ct));

        Assert.Equal($"carol may not do this on Expense {expense.Id}: Modify on Expense {expense.Id} is held by Owner, Manager. Nothing changed.", denied.Message);
        Assert.Equal(expense.Version, (await site.Documents.GetAsync("Expense", expense.Id, MatrixUsers.Mia, Ct)).Version);
        var audit = site.Services.GetRequiredService<AuditLog>();
        var entries = await audit.QueryAsync(new AuditQuery { Kind = AuditKinds.PermissionDenied }, MatrixUsers.Dave, site.Services.GetRequiredService<SecurityPolicy>(), Ct);
        var entry = Assert.Single(entries.Events);
        Assert.Equal("carol", entry.Actor);
        Assert.Equal($"Expense {expense.Id}", entry.Target);
        Assert.False(entry.Succeeded);
    }

    [Fact]
    public async Task Reading_the_audit_log_needs_ViewAudit()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        var audit = site.Services.GetRequiredService<AuditLog>();

        await Assert.ThrowsAsync<PermissionDeniedException>(() => audit.QueryAsync(new AuditQuery(), MatrixUsers.Alice, site.Services.GetRequiredService<SecurityPolicy>(), Ct));

        var denials = await audit.QueryAsync(new AuditQuery { Actor = "alice" }, MatrixUsers.Mia, site.Services.GetRequiredService<SecurityPolicy>(), Ct);
        Assert.Equal("the audit log", Assert.Single(denials.Events).Target);
    }

    internal static async Task InstallAsync(DocumentTestSite site)
    {
        await site.Definitions.SaveAsync(ExpenseDefinitions.Sheet, site.Caller, Ct);
        await site.Definitions.SaveAsync(ExpenseDefinitions.Workflow, site.Caller, Ct);
        await site.Definitions.SaveAsync(ExpenseDefinitions.Expense, site.Caller, Ct);
    }
}
