using System.Collections.Immutable;
using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Tests.DocumentSite;
using ErpCode.Core.Tests.Workflows;
using static ErpCode.Core.Tests.DocumentSite.PropertyTypeTests;

namespace ErpCode.Core.Tests.Documents;

/// <summary>DocumentService.Rights: what a caller may do with a document, the same answer the writes give.</summary>
public sealed class DocumentRightsTests
{
    private static readonly Caller Author = new("alice", ImmutableArray.Create("Author"));
    private static readonly Caller Clerk = new("carol", ImmutableArray.Create("Auditor"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Modify_follows_the_workflow_state_and_agrees_with_the_update()
    {
        await using var site = await OrderSiteAsync();
        var order = await NewOrderAsync(site);

        var inDraft = site.Documents.Rights("SaleOrder", order, Author);
        var updated = await site.Documents.UpdateAsync("SaleOrder", order.Id, order.Version, Doc(("Notes", "by the author")), Author, Ct);
        var confirmed = await site.Documents.FireAsync("SaleOrder", order.Id, updated.Version, "Confirm", null, Author, Ct);
        var afterConfirm = site.Documents.Rights("SaleOrder", confirmed, Author);

        Assert.True(inDraft.Modify);
        Assert.False(afterConfirm.Modify);
        await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Documents.UpdateAsync("SaleOrder", order.Id, confirmed.Version, Doc(("Notes", "too late")), Author, Ct));
        Assert.True(site.Documents.Rights("SaleOrder", confirmed, site.Caller).Modify);
    }

    [Fact]
    public async Task A_caller_without_the_roles_may_neither_modify_nor_delete_and_the_service_refuses_both()
    {
        await using var site = await OrderSiteAsync();
        var order = await NewOrderAsync(site);

        var rights = site.Documents.Rights("SaleOrder", order, Clerk);

        Assert.False(rights.Modify);
        Assert.False(rights.Delete);
        await Assert.ThrowsAnyAsync<Exception>(() => site.Documents.UpdateAsync("SaleOrder", order.Id, order.Version, Doc(("Notes", "no")), Clerk, Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => site.Documents.DeleteAsync("SaleOrder", order.Id, order.Version, Clerk, Ct));
        Assert.NotNull(await site.Documents.FindAsync("SaleOrder", order.Id, site.Caller, Ct));
    }

    [Theory]
    [InlineData("Author")]
    [InlineData("Auditor")]
    [InlineData("Manager")]
    public async Task Create_is_what_creating_a_document_answers(string role)
    {
        await using var site = await OrderSiteAsync();
        await NewOrderAsync(site);
        var caller = new Caller("someone", ImmutableArray.Create(role));

        var rights = site.Documents.Rights("SaleOrder", null, caller);
        bool created;
        try
        {
            await site.Documents.CreateAsync("SaleOrder", Json("""{ "Customer": "ann", "Lines": [] }"""), caller, Ct);
            created = true;
        }
        catch (PermissionDeniedException)
        {
            created = false;
        }

        Assert.Equal(created, rights.Create);
        Assert.False(rights.Modify);
        Assert.False(rights.Delete);
    }

    [Fact]
    public async Task An_unknown_type_is_reported()
    {
        await using var site = await OrderSiteAsync();

        var error = Assert.Throws<UnknownPortalTypeException>(() => site.Documents.Rights("NoSuchType", null, Author));

        Assert.Contains("NoSuchType", error.Message, StringComparison.Ordinal);
    }

    private static async Task<DocumentTestSite> OrderSiteAsync()
    {
        var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        var workflow = WorkflowCheckerTests.Order;
        var confirm = workflow.Transitions[0] with { BeforeScript = null, AfterScript = null };
        await site.Definitions.SaveAsync(workflow with { Transitions = [confirm, .. workflow.Transitions.Skip(1)] }, site.Caller, Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.SaleOrder with { Workflows = ["OrderWorkflow"] }, site.Caller, Ct);
        return site;
    }

    private static async Task<BusinessDocument> NewOrderAsync(DocumentTestSite site)
    {
        var ann = await site.Documents.FindAsync("Person", "ann", site.Caller, Ct)
            ?? await site.Documents.CreateAsync("Person", Doc(("Id", "ann"), ("Name", "Ann")), site.Caller, Ct);
        return await site.Documents.CreateAsync("SaleOrder", Json($$"""{ "Customer": "{{ann.Id}}", "Lines": [ { "Product": "P1", "Price": 1.5 } ] }"""), site.Caller, Ct);
    }
}
