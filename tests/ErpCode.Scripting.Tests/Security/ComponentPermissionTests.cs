using ErpCode.Core.Components;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Permissions;
using ErpCode.Scripting.Tests.Components;

namespace ErpCode.Scripting.Tests.Security;

/// <summary>Changing stored code needs ManageCode; every change and every refusal is in the audit log.</summary>
public sealed class ComponentPermissionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_WithoutManageCode_IsRefusedAuditedAndStoresNothing()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        var revision = await site.Store.GetRevisionAsync(Ct);

        var denied = await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Components.SaveAsync("Greeting", ComponentKind.Script, "return 1;", TestCallers.Carl, Ct));

        Assert.Equal(("carl", SitePermissions.ManageCode, "Component Greeting"), (denied.User, denied.Permission, denied.Target));
        Assert.Null(await site.Components.FindAsync("Greeting", Ct));
        Assert.Empty(await site.Components.HistoryAsync("Greeting", Ct));
        Assert.Equal(revision, await site.Store.GetRevisionAsync(Ct));
        var audited = Assert.Single(site.Audit.Events);
        Assert.Equal((AuditKinds.PermissionDenied, "carl", "Component Greeting", false), (audited.Kind, audited.Actor, audited.Target, audited.Succeeded));
    }

    [Fact]
    public async Task SaveAsync_WithManageCode_IsAuditedWithKindVersionAndState()
    {
        await using var site = await ScriptingTestSite.CreateAsync();

        await site.Components.SaveAsync("Greeting", ComponentKind.Script, "return 1;", TestCallers.Ann, Ct);
        await site.Components.SaveAsync("Greeting", ComponentKind.Script, "return undefinedThing;", TestCallers.Ann, Ct);

        Assert.Collection(
            site.Audit.Events,
            first => Assert.Equal((AuditKinds.CodeChanged, "ann", "Component Greeting", true, "Saved the source of Greeting (Script): version 1, Validated."), (first.Kind, first.Actor, first.Target, first.Succeeded, first.Detail)),
            second => Assert.Equal("Saved the source of Greeting (Script): version 1, Modified.", second.Detail));
    }

    [Fact]
    public async Task SaveAsync_ByADeveloper_IsAllowed_TheRoleHoldsManageCode()
    {
        await using var site = await ScriptingTestSite.CreateAsync();

        var saved = await site.Components.SaveAsync("Greeting", ComponentKind.Script, "return 1;", TestCallers.Dana, Ct);

        Assert.Equal(ComponentValidationState.Validated, saved.ValidationState);
        Assert.Equal("dana", Assert.Single(await site.Components.HistoryAsync("Greeting", Ct)).Author);
    }

    [Fact]
    public async Task InvalidateAsync_WithoutManageCode_IsRefusedAndTheComponentKeepsRunning()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("Greeting", ComponentKind.Script, "return 1;", TestCallers.Ann, Ct);

        await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Components.InvalidateAsync("Greeting", TestCallers.Carl, Ct));

        Assert.True((await site.Components.FindAsync("Greeting", Ct))!.Runs);
        Assert.Equal(AuditKinds.PermissionDenied, site.Audit.Events[^1].Kind);
    }

    [Fact]
    public async Task InvalidateAsync_WithManageCode_SwitchesTheComponentOffAndIsAudited()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("Greeting", ComponentKind.Script, "return 1;", TestCallers.Ann, Ct);

        var invalidated = await site.Components.InvalidateAsync("Greeting", TestCallers.Bob, Ct);

        Assert.False(invalidated.Runs);
        Assert.Equal("bob", (await site.Components.HistoryAsync("Greeting", Ct))[^1].Author);
        Assert.Equal((AuditKinds.CodeChanged, "bob"), (site.Audit.Events[^1].Kind, site.Audit.Events[^1].Actor));
    }
}
