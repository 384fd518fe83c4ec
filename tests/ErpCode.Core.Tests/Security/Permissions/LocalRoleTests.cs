using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.DocumentSite;

namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>Local roles are given by those allowed to, only roles they hold, never site-defining ones, and they count at once.</summary>
public sealed class LocalRoleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_local_role_takes_effect_on_the_next_call_and_taking_it_away_hides_the_document_again()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await QueryTrimmingTests.InstallAsync(site);
        var expense = await site.Documents.CreateAsync("Expense", DocumentValue.Create(("Amount", 5m)), MatrixUsers.Alice, Ct);
        Assert.Null(await site.Documents.FindAsync("Expense", expense.Id, MatrixUsers.Carol, Ct));

        expense = await site.Documents.SetLocalRolesAsync("Expense", expense.Id, expense.Version, "user:carol", ["Assignee"], MatrixUsers.Mia, Ct);
        Assert.NotNull(await site.Documents.FindAsync("Expense", expense.Id, MatrixUsers.Carol, Ct));
        Assert.Equal(["user:carol:Assignee"], ((ArrayValue)expense["LocalRoles"]!).Items.Select(i => i.ToString()));

        expense = await site.Documents.SetLocalRolesAsync("Expense", expense.Id, expense.Version, "user:carol", [], MatrixUsers.Mia, Ct);
        Assert.Null(await site.Documents.FindAsync("Expense", expense.Id, MatrixUsers.Carol, Ct));
        var history = await site.Documents.HistoryAsync("Expense", expense.Id, MatrixUsers.Mia, Ct);
        Assert.Contains(history, h => h.Changes.Any(c => c.Path == "LocalRoles"));
    }

    [Fact]
    public async Task Nobody_gives_Manager_Owner_Developer_unknown_roles_or_roles_they_do_not_hold()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await QueryTrimmingTests.InstallAsync(site);
        var expense = await site.Documents.CreateAsync("Expense", DocumentValue.Create(("Amount", 5m)), MatrixUsers.Alice, Ct);

        var reserved = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.SetLocalRolesAsync("Expense", expense.Id, expense.Version, "user:bob", ["Manager", "Developer", "Owner", "Approver"], MatrixUsers.Mia, Ct));
        Assert.Equal(
            ["Manager cannot be given on a document", "Developer cannot be given on a document", "Owner cannot be given on a document", "there is no role 'Approver'"],
            reserved.Errors.Select(e => e.Message));

        // Alice owns it (so may change local roles) but does not hold Assignee: she cannot give it.
        var notHeld = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.SetLocalRolesAsync("Expense", expense.Id, expense.Version, "user:bob", ["Assignee"], MatrixUsers.Alice, Ct));
        Assert.Equal("alice does not hold Assignee on this document and so cannot give it", Assert.Single(notHeld.Errors).Message);

        var badPrincipal = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.SetLocalRolesAsync("Expense", expense.Id, expense.Version, "bob", ["Author"], MatrixUsers.Mia, Ct));
        Assert.Equal("'bob' is not a principal: write user:NAME or group:NAME", Assert.Single(badPrincipal.Errors).Message);

        // Bob cannot even see it: not found, not "denied".
        await Assert.ThrowsAsync<ErpCode.Core.Storage.Errors.DocumentNotFoundException>(() => site.Documents.SetLocalRolesAsync("Expense", expense.Id, expense.Version, "user:bob", ["Author"], MatrixUsers.Bob, Ct));
        Assert.Equal(expense.Version, (await site.Documents.GetAsync("Expense", expense.Id, MatrixUsers.Mia, Ct)).Version);
    }

    [Fact]
    public async Task Local_roles_cannot_be_written_as_a_property()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await QueryTrimmingTests.InstallAsync(site);

        var refused = await Assert.ThrowsAsync<DocumentValidationException>(() => site.Documents.CreateAsync("Expense", DocumentValue.Create(("Amount", 5m), ("LocalRoles", new ArrayValue([(DocValue)"user:alice:Manager"]))), MatrixUsers.Alice, Ct));

        Assert.Equal("LocalRoles is set by ErpCode and cannot be given", Assert.Single(refused.Errors).Message);
    }
}
