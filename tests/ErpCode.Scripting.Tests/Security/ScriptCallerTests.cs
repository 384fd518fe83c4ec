using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Roles;
using ErpCode.Scripting.Globals;

namespace ErpCode.Scripting.Tests.Security;

/// <summary>
/// Stored code reaches documents as the user who called it, with their roles and groups, and with the running
/// component's proxy roles added when it has some; never as the system, never with a role nobody gave.
/// </summary>
public sealed class ScriptCallerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_script_run_for_a_user_acts_through_the_portal_as_that_user_with_their_roles_and_groups()
    {
        await using var site = await PortalTestSite.CreateAsync();
        await site.Components.SaveAsync("WhoAsks", ComponentKind.Script, "return Portal;", TestCallers.Ann, Ct);

        var caller = PortalCaller(await site.RunScriptAsync("WhoAsks", TestCallers.Carl));

        Assert.Equal("carl", caller.Name);
        Assert.Equal([SiteRoles.Author], caller.Roles);
        Assert.Equal(["sales"], caller.Groups);
        Assert.False(caller.Unrestricted);
    }

    [Fact]
    public async Task A_script_without_proxy_roles_runs_for_a_user_with_no_role_with_no_role_at_all()
    {
        await using var site = await PortalTestSite.CreateAsync();
        await site.Components.SaveAsync("WhoAsks", ComponentKind.Script, "return Portal;", TestCallers.Ann, Ct);

        var caller = PortalCaller(await site.RunScriptAsync("WhoAsks", TestCallers.Nobody));

        Assert.Equal(("nobody", false), (caller.Name, caller.Unrestricted));
        Assert.Empty(caller.Roles);
    }

    [Fact]
    public async Task A_proxied_script_acts_with_the_users_roles_plus_its_proxy_roles_and_keeps_name_and_groups()
    {
        await using var site = await PortalTestSite.CreateAsync();
        await site.Components.SaveAsync("WhoAsks", ComponentKind.Script, "return Portal;", TestCallers.Ann, Ct);
        await site.Components.SetProxyRolesAsync("WhoAsks", [SiteRoles.Manager], TestCallers.Dana, Ct);

        var caller = PortalCaller(await site.RunScriptAsync("WhoAsks", TestCallers.Carl));

        Assert.Equal(("carl", false), (caller.Name, caller.Unrestricted));
        Assert.Equal([SiteRoles.Author, SiteRoles.Manager], caller.Roles);
        Assert.Equal(["sales"], caller.Groups);
    }

    [Fact]
    public async Task A_proxied_script_still_sees_the_user_who_asked_with_their_own_roles()
    {
        await using var site = await PortalTestSite.CreateAsync();
        await site.Components.SaveAsync("AmIManager", ComponentKind.Script, "return User.Name + \":\" + User.IsInRole(\"Manager\");", TestCallers.Ann, Ct);
        await site.Components.SetProxyRolesAsync("AmIManager", [SiteRoles.Manager], TestCallers.Dana, Ct);

        Assert.Equal("carl:False", await site.RunScriptAsync("AmIManager", TestCallers.Carl));
    }

    [Fact]
    public async Task A_proxied_document_class_acts_with_its_proxy_roles_in_its_methods()
    {
        await using var site = await PortalTestSite.CreateAsync();
        const string source = """
            using ErpCode.Scripting;

            public sealed class Ledger : DocumentClass
            {
                public object Who() => Context.Portal;
            }
            """;
        await site.Components.SaveAsync("Ledger", ComponentKind.Document, source, TestCallers.Ann, Ct);
        var before = PortalCaller(await site.CallMethodAsync("Ledger", "Who", TestCallers.Carl));
        await site.Components.SetProxyRolesAsync("Ledger", ["Accountant"], TestCallers.Dana, Ct);

        var after = PortalCaller(await site.CallMethodAsync("Ledger", "Who", TestCallers.Carl));

        Assert.Equal([SiteRoles.Author], before.Roles);
        Assert.Equal([SiteRoles.Author, "Accountant"], after.Roles);
    }

    private static Caller PortalCaller(object? portal) => Assert.IsType<DocumentPortal>(portal).Caller;
}
