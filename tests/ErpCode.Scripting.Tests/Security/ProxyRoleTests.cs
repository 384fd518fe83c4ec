using ErpCode.Core.Components;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Security.Roles;
using ErpCode.Scripting.Tests.Components;

namespace ErpCode.Scripting.Tests.Security;

/// <summary>Proxy roles: only a Developer gives them, and while a component has them only a Developer edits its source.</summary>
public sealed class ProxyRoleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SetProxyRolesAsync_ByADeveloper_IsStoredKeptInHistoryAuditedAndCarriedByTheSnapshot()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("Post", ComponentKind.Script, "return 1;", TestCallers.Ann, Ct);
        var revision = await site.Store.GetRevisionAsync(Ct);

        var proxied = await site.Components.SetProxyRolesAsync("Post", [SiteRoles.Manager, "Accountant", SiteRoles.Manager], TestCallers.Dana, Ct);

        Assert.Equal([SiteRoles.Manager, "Accountant"], proxied.ProxyRoles);
        Assert.Equal(proxied.ProxyRoles, (await site.Components.FindAsync("Post", Ct))!.ProxyRoles);
        var history = await site.Components.HistoryAsync("Post", Ct);
        Assert.Equal(("dana", 1), (history[^1].Author, history[^1].Version));
        Assert.Equal(proxied.ProxyRoles, history[^1].ProxyRoles);
        Assert.Empty(history[0].ProxyRoles);
        Assert.Equal((AuditKinds.CodeChanged, "dana", "Set the proxy roles of Post (Script) to Manager, Accountant."), (site.Audit.Events[^1].Kind, site.Audit.Events[^1].Actor, site.Audit.Events[^1].Detail));
        Assert.Equal(revision + 1, await site.Store.GetRevisionAsync(Ct));
        await site.Runtime.RefreshAsync(Ct);
        using var lease = site.Runtime.Lease();
        Assert.Equal(proxied.ProxyRoles, lease.Snapshot.Components["Post"].ProxyRoles);
    }

    [Fact]
    public async Task SetProxyRolesAsync_ByAManagerWhoIsNotADeveloper_IsRefusedAuditedAndChangesNothing()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("Post", ComponentKind.Script, "return 1;", TestCallers.Ann, Ct);

        var denied = await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Components.SetProxyRolesAsync("Post", [SiteRoles.Manager], TestCallers.Bob, Ct));

        Assert.Equal(("bob", "Component Post"), (denied.User, denied.Target));
        Assert.Contains("only a Developer", denied.Message, StringComparison.Ordinal);
        Assert.Empty((await site.Components.FindAsync("Post", Ct))!.ProxyRoles);
        Assert.Single(await site.Components.HistoryAsync("Post", Ct));
        Assert.Equal((AuditKinds.PermissionDenied, "bob"), (site.Audit.Events[^1].Kind, site.Audit.Events[^1].Actor));
    }

    [Fact]
    public async Task SetProxyRolesAsync_WithNoRoles_ClearsThemAndTheSourceIsOpenToManageCodeAgain()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("Post", ComponentKind.Script, "return 1;", TestCallers.Ann, Ct);
        await site.Components.SetProxyRolesAsync("Post", [SiteRoles.Manager], TestCallers.Dana, Ct);

        var cleared = await site.Components.SetProxyRolesAsync("Post", [], TestCallers.Dana, Ct);
        var saved = await site.Components.SaveAsync("Post", ComponentKind.Script, "return 2;", TestCallers.Ann, Ct);

        Assert.Empty(cleared.ProxyRoles);
        Assert.Equal(2, saved.Version);
        Assert.Equal("Cleared the proxy roles of Post (Script).", site.Audit.Events[^2].Detail);
    }

    [Theory]
    [InlineData(SiteRoles.Developer, "Developer cannot be a proxy role")]
    [InlineData(SiteRoles.Owner, "Owner cannot be a proxy role")]
    [InlineData("Sales Manager", "'Sales Manager' is not a role name")]
    public async Task SetProxyRolesAsync_WithAReservedOrMalformedRole_IsRefusedNamingTheComponentAndRole(string role, string reason)
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("Post", ComponentKind.Script, "return 1;", TestCallers.Ann, Ct);

        var error = await Assert.ThrowsAsync<InvalidComponentException>(() => site.Components.SetProxyRolesAsync("Post", [role], TestCallers.Dana, Ct));

        Assert.Equal("Post", error.Reference);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Empty((await site.Components.FindAsync("Post", Ct))!.ProxyRoles);
    }

    [Fact]
    public async Task SetProxyRolesAsync_OnAModule_IsRefused_OnlyScriptsAndDocumentClassesRunForACaller()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("Pricing", ComponentKind.Module, "public static class Pricing { public static decimal Vat(decimal n) => n * 1.2m; }", TestCallers.Ann, Ct);

        var error = await Assert.ThrowsAsync<InvalidComponentException>(() => site.Components.SetProxyRolesAsync("Pricing", [SiteRoles.Manager], TestCallers.Dana, Ct));

        Assert.Contains("Module", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_OfAProxiedComponentByANonDeveloper_IsRefusedSayingWhyAndKeepsTheSource()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("Post", ComponentKind.Script, "return 1;", TestCallers.Ann, Ct);
        await site.Components.SetProxyRolesAsync("Post", [SiteRoles.Manager], TestCallers.Dana, Ct);

        var denied = await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Components.SaveAsync("Post", ComponentKind.Script, "return 2;", TestCallers.Ann, Ct));

        Assert.Contains("Post runs with the proxy roles Manager, so only a Developer may change its source", denied.Message, StringComparison.Ordinal);
        Assert.Equal("return 1;", (await site.Components.FindAsync("Post", Ct))!.Source);
        Assert.Equal((AuditKinds.PermissionDenied, "ann"), (site.Audit.Events[^1].Kind, site.Audit.Events[^1].Actor));
    }

    [Fact]
    public async Task SaveAsync_OfAProxiedComponentByADeveloper_ChangesTheSourceAndKeepsTheProxyRoles()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("Post", ComponentKind.Script, "return 1;", TestCallers.Ann, Ct);
        await site.Components.SetProxyRolesAsync("Post", [SiteRoles.Manager], TestCallers.Dana, Ct);

        var saved = await site.Components.SaveAsync("Post", ComponentKind.Script, "return 2;", TestCallers.Dana, Ct);

        Assert.Equal(("return 2;", 2), (saved.Source, saved.Version));
        Assert.Equal([SiteRoles.Manager], (await site.Components.FindAsync("Post", Ct))!.ProxyRoles);
        Assert.Equal([SiteRoles.Manager], (await site.Components.HistoryAsync("Post", Ct))[^1].ProxyRoles);
    }
}
