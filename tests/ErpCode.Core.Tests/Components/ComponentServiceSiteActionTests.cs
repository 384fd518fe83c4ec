using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Tests.DocumentSite;
using ErpCode.Core.Types.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Core.Tests.Components;

/// <summary>
/// SetActionAsync: declaring a Script an action of the site needs ManageCode (a Developer for a proxied script), is
/// kept in the history and audited, and raises the site revision only when the script runs.
/// </summary>
public sealed class ComponentServiceSiteActionTests
{
    private static readonly Caller Seller = new("sam", ["Sales"]);

    private static readonly Caller Developer = new("dana", [SiteRoles.Developer]);

    private static readonly SiteAction CustomerTotal = new()
    {
        Roles = ["Sales", SiteRoles.Manager],
        Parameters = [new BusinessMethodParameter("Customer", PropertyType.String, false), new BusinessMethodParameter("Since", PropertyType.Date, true)],
        Returns = PropertyType.Decimal,
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SetActionAsync_stores_the_declaration_reads_it_back_keeps_it_in_history_and_audits_it()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await site.Components.SaveAsync("CustomerTotal", ComponentKind.Script, "return 0m;", site.Caller, Ct);

        var declared = await site.Components.SetActionAsync("CustomerTotal", CustomerTotal, site.Caller, Ct);

        Assert.Equal(CustomerTotal, declared.Action);
        Assert.Equal(CustomerTotal, (await site.Components.FindAsync("CustomerTotal", Ct))!.Action);
        var history = await site.Components.HistoryAsync("CustomerTotal", Ct);
        Assert.Equal(2, history.Count);
        Assert.Null(history[0].Action);
        Assert.Equal((site.Caller.Name, CustomerTotal), (history[^1].Author, history[^1].Action));
        Assert.Contains(
            await AuditedAsync(site, AuditKinds.CodeChanged, site.Caller.Name),
            e => e is { Target: "Component CustomerTotal", Detail: "Declared CustomerTotal an action of the site: CustomerTotal(Customer: String, Since?: Date) → Decimal, run by Sales, Manager." });
    }

    [Fact]
    public async Task SetActionAsync_with_null_clears_the_declaration()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await site.Components.SaveAsync("CustomerTotal", ComponentKind.Script, "return 0m;", site.Caller, Ct);
        await site.Components.SetActionAsync("CustomerTotal", CustomerTotal, site.Caller, Ct);

        var cleared = await site.Components.SetActionAsync("CustomerTotal", null, site.Caller, Ct);

        Assert.Null(cleared.Action);
        Assert.Null((await site.Components.FindAsync("CustomerTotal", Ct))!.Action);
        Assert.Null((await site.Components.HistoryAsync("CustomerTotal", Ct))[^1].Action);
        Assert.Contains(await AuditedAsync(site, AuditKinds.CodeChanged, site.Caller.Name), e => e.Detail == "CustomerTotal is no longer an action of the site.");
    }

    [Fact]
    public async Task SetActionAsync_without_ManageCode_is_denied_audited_and_changes_nothing()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await site.Components.SaveAsync("CustomerTotal", ComponentKind.Script, "return 0m;", site.Caller, Ct);

        var denied = await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Components.SetActionAsync("CustomerTotal", CustomerTotal, Seller, Ct));

        Assert.Equal((Seller.Name, SitePermissions.ManageCode, "Component CustomerTotal"), (denied.User, denied.Permission, denied.Target));
        Assert.Null((await site.Components.FindAsync("CustomerTotal", Ct))!.Action);
        Assert.Single(await site.Components.HistoryAsync("CustomerTotal", Ct));
        Assert.Equal("Component CustomerTotal", Assert.Single(await AuditedAsync(site, AuditKinds.PermissionDenied, Seller.Name)).Target);
    }

    [Fact]
    public async Task SetActionAsync_on_a_script_with_proxy_roles_needs_a_Developer()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await site.Components.SaveAsync("CustomerTotal", ComponentKind.Script, "return 0m;", site.Caller, Ct);
        await site.Components.SetProxyRolesAsync("CustomerTotal", [SiteRoles.Manager], Developer, Ct);

        var denied = await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Components.SetActionAsync("CustomerTotal", CustomerTotal, site.Caller, Ct));
        var declared = await site.Components.SetActionAsync("CustomerTotal", CustomerTotal, Developer, Ct);

        Assert.Contains("CustomerTotal runs with the proxy roles Manager, so only a Developer may decide who runs it", denied.Message, StringComparison.Ordinal);
        Assert.Equal("Component CustomerTotal", Assert.Single(await AuditedAsync(site, AuditKinds.PermissionDenied, site.Caller.Name)).Target);
        Assert.Equal(CustomerTotal, declared.Action);
        Assert.Equal([SiteRoles.Manager], declared.ProxyRoles);
    }

    [Theory]
    [InlineData(ComponentKind.Module, "public static class Pricing { }")]
    [InlineData(ComponentKind.Document, "public sealed class Pricing : ErpCode.Scripting.DocumentClass { }")]
    public async Task SetActionAsync_on_a_component_that_is_not_a_Script_is_refused(ComponentKind kind, string source)
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await site.Components.SaveAsync("Pricing", kind, source, site.Caller, Ct);

        var refused = await Assert.ThrowsAsync<InvalidComponentException>(() => site.Components.SetActionAsync("Pricing", CustomerTotal, site.Caller, Ct));

        Assert.Equal("Pricing", refused.Reference);
        Assert.Contains($"it is a {kind} component; only a Script component can be an action of the site", refused.Message, StringComparison.Ordinal);
        Assert.Null((await site.Components.FindAsync("Pricing", Ct))!.Action);
    }

    [Fact]
    public async Task SetActionAsync_with_a_declaration_the_rules_refuse_names_every_problem_and_changes_nothing()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await site.Components.SaveAsync("CustomerTotal", ComponentKind.Script, "return 0m;", site.Caller, Ct);

        var refused = await Assert.ThrowsAsync<InvalidComponentException>(() => site.Components.SetActionAsync("CustomerTotal", CustomerTotal with { Roles = [], Returns = PropertyType.Money }, site.Caller, Ct));

        Assert.Contains("the action declaration is not valid: returns: ", refused.Message, StringComparison.Ordinal);
        Assert.Contains("; roles: name the roles", refused.Message, StringComparison.Ordinal);
        Assert.Single(await site.Components.HistoryAsync("CustomerTotal", Ct));
    }

    [Fact]
    public async Task SetActionAsync_on_a_missing_component_is_not_found()
    {
        await using var site = await DocumentTestSite.CreateAsync();

        await Assert.ThrowsAsync<DocumentNotFoundException>(() => site.Components.SetActionAsync("Nowhere", CustomerTotal, site.Caller, Ct));
    }

    [Fact]
    public async Task SetActionAsync_raises_the_site_revision_when_the_script_runs()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await site.Components.SaveAsync("CustomerTotal", ComponentKind.Script, "return 0m;", site.Caller, Ct);
        var revision = await site.Store.GetRevisionAsync(Ct);

        await site.Components.SetActionAsync("CustomerTotal", CustomerTotal, site.Caller, Ct);
        await site.Components.SetActionAsync("CustomerTotal", null, site.Caller, Ct);

        Assert.Equal(revision + 2, await site.Store.GetRevisionAsync(Ct));
    }

    [Fact]
    public async Task SetActionAsync_leaves_the_site_revision_when_the_script_does_not_run()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        var draft = await site.Components.SaveAsync("CustomerTotal", ComponentKind.Script, "return undefinedThing;", site.Caller, Ct);
        var revision = await site.Store.GetRevisionAsync(Ct);

        var declared = await site.Components.SetActionAsync("CustomerTotal", CustomerTotal, site.Caller, Ct);

        Assert.False(draft.Runs);
        Assert.Equal(CustomerTotal, declared.Action);
        Assert.Equal(revision, await site.Store.GetRevisionAsync(Ct));
    }

    /// <summary>The audit events of <paramref name="kind"/> by <paramref name="actor"/>, newest first.</summary>
    private static async Task<IReadOnlyList<AuditEvent>> AuditedAsync(DocumentTestSite site, string kind, string actor)
    {
        var log = site.Services.GetRequiredService<AuditLog>();
        var policy = site.Services.GetRequiredService<SecurityPolicy>();
        return (await log.QueryAsync(new AuditQuery { Kind = kind, Actor = actor }, site.Caller, policy, Ct)).Events;
    }
}
