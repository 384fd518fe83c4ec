using ErpCode.Core.Errors;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using Microsoft.Extensions.DependencyInjection;
using static ErpCode.Core.Tests.Security.StoredCode.StoredCodeDefinitions;

namespace ErpCode.Core.Tests.Security.StoredCode;

/// <summary>
/// Stored code acts with its caller's permissions, through the document service: it cannot do for an Author what the
/// Author may not do, unless a Developer gave it proxy roles.
/// </summary>
public sealed class StoredCodeAuthorityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_Author_firing_a_transition_whose_script_adds_a_Managers_only_document_is_refused_and_nothing_changes()
    {
        await using var site = await ScriptSiteAsync();
        var note = await site.Documents.CreateAsync("Note", Doc(("Name", "Rent")), Author, Ct);

        var error = await Assert.ThrowsAnyAsync<ErpCodeException>(() => site.Documents.FireAsync("Note", note.Id, note.Version, "Post", null, Author, Ct));

        var denied = DeniedIn(error);
        Assert.Equal((Author.Name, SitePermissions.Add), (denied.User, denied.Permission));
        Assert.Equal(0, await site.Documents.CountAsync("Ledger", null, site.Caller, Ct));
        Assert.Equal("draft", (await site.Documents.GetAsync("Note", note.Id, site.Caller, Ct))["NoteState"]!.ToString());
        await AssertAuditedAsync(site, Author.Name);
    }

    [Fact]
    public async Task A_script_with_proxy_role_Manager_adds_the_document_for_an_Author_in_the_Authors_name()
    {
        await using var site = await ScriptSiteAsync();
        await site.Components.SetProxyRolesAsync("PostToLedger", [SiteRoles.Manager], Developer, Ct);
        await site.Runtime.RefreshAsync(Ct);
        var note = await site.Documents.CreateAsync("Note", Doc(("Name", "Rent")), Author, Ct);

        var posted = await site.Documents.FireAsync("Note", note.Id, note.Version, "Post", null, Author, Ct);

        Assert.Equal("posted", posted["NoteState"]!.ToString());
        var entry = Assert.Single((await site.Documents.QueryAsync("Ledger", new Query(), site.Caller, Ct)).Documents);
        Assert.Equal($"Posted {note.Id}", entry["Name"]!.ToString());
        Assert.Equal(Author.Name, entry["Owner"]!.ToString());
    }

    [Fact]
    public async Task Proxy_roles_stay_with_the_script_the_Author_still_cannot_add_the_document_directly()
    {
        await using var site = await ScriptSiteAsync();
        await site.Components.SetProxyRolesAsync("PostToLedger", [SiteRoles.Manager], Developer, Ct);
        await site.Runtime.RefreshAsync(Ct);
        var note = await site.Documents.CreateAsync("Note", Doc(("Name", "Rent")), Author, Ct);
        await site.Documents.FireAsync("Note", note.Id, note.Version, "Post", null, Author, Ct);

        await Assert.ThrowsAnyAsync<ErpCodeException>(() => site.Documents.CreateAsync("Ledger", Doc(("Name", "By hand")), Author, Ct));

        Assert.Equal(1, await site.Documents.CountAsync("Ledger", null, site.Caller, Ct));
    }

    [Fact]
    public async Task A_business_class_hook_adding_a_Managers_only_document_for_an_Author_is_refused_and_nothing_is_written()
    {
        await using var site = await ClassSiteAsync();

        var error = await Assert.ThrowsAnyAsync<ErpCodeException>(() => site.Documents.CreateAsync("Note", Doc(("Name", "Rent")), Author, Ct));

        var denied = DeniedIn(error);
        Assert.Equal((Author.Name, SitePermissions.Add), (denied.User, denied.Permission));
        Assert.Equal(0, await site.Documents.CountAsync("Note", null, site.Caller, Ct));
        Assert.Equal(0, await site.Documents.CountAsync("Ledger", null, site.Caller, Ct));
        await AssertAuditedAsync(site, Author.Name);
    }

    [Fact]
    public async Task A_business_class_with_proxy_role_Manager_adds_the_document_for_an_Author()
    {
        await using var site = await ClassSiteAsync();
        await site.Components.SetProxyRolesAsync("NoteClass", [SiteRoles.Manager], Developer, Ct);
        await site.Runtime.RefreshAsync(Ct);

        var note = await site.Documents.CreateAsync("Note", Doc(("Name", "Rent")), Author, Ct);

        var entry = Assert.Single((await site.Documents.QueryAsync("Ledger", new Query(), site.Caller, Ct)).Documents);
        Assert.Equal($"Noted {note.Id}", entry["Name"]!.ToString());
    }

    /// <summary>The refusal met inside the write is in the audit log once the write is rolled back.</summary>
    private static async Task AssertAuditedAsync(DocumentSite.DocumentTestSite site, string user)
    {
        var log = site.Services.GetRequiredService<ErpCode.Core.Security.Audit.AuditLog>();
        var policy = site.Services.GetRequiredService<ErpCode.Core.Security.Authorization.SecurityPolicy>();
        var denials = await log.QueryAsync(new ErpCode.Core.Security.Audit.AuditQuery { Kind = ErpCode.Core.Security.Audit.AuditKinds.PermissionDenied, Actor = user }, site.Caller, policy, Ct);
        Assert.Equal("Ledger", Assert.Single(denials.Events).Target);
    }

    /// <summary>The refusal stored code ran into, under the exception naming the component.</summary>
    private static PermissionDeniedException DeniedIn(Exception error)
    {
        var chain = new List<Exception>();
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            chain.Add(e);
        }

        return Assert.Single(chain.OfType<PermissionDeniedException>());
    }

    private static DocumentValue Doc(params (string Name, DocValue Value)[] fields) =>
        DocumentValue.Create(fields);
}
