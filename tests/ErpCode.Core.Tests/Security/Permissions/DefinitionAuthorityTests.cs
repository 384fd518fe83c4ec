using System.Collections.Immutable;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Tests.DocumentSite;
using ErpCode.Core.Types.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>Types, workflows and roles change only for those the site lets; each change and each refusal is audited.</summary>
public sealed class DefinitionAuthorityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_Author_cannot_change_types_or_workflows_and_the_refusal_is_audited()
    {
        await using var site = await DocumentTestSite.CreateAsync();

        var type = await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Definitions.SaveAsync(ExpenseDefinitions.Sheet, MatrixUsers.Alice, Ct));
        var workflow = await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Definitions.SaveAsync(ExpenseDefinitions.Workflow, MatrixUsers.Alice, Ct));

        Assert.Equal(SitePermissions.ManageTypes, type.Permission);
        Assert.Equal(SitePermissions.ManageWorkflows, workflow.Permission);
        Assert.Empty((await site.DefinitionStore.LoadAsync(Ct)).PropertySheets);
        var denials = await AuditAsync(site, AuditKinds.PermissionDenied);
        Assert.Equal(["Workflow ExpenseWorkflow", "PropertySheet ExpenseSheet"], denials.Select(e => e.Target));
    }

    [Fact]
    public async Task A_Developer_changes_types_and_the_change_is_audited_while_roles_need_ManageUsers()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        var developer = new Caller("dev", ImmutableArray.Create(SiteRoles.Developer));

        await site.Definitions.SaveAsync(ExpenseDefinitions.Sheet, developer, Ct);
        var role = await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Definitions.SaveAsync(new RoleDefinition { Name = "Accountant", Permissions = ["View"] }, developer, Ct));

        Assert.Equal(SitePermissions.ManageUsers, role.Permission);
        var change = Assert.Single(await AuditAsync(site, AuditKinds.TypeChanged));
        Assert.Equal(("dev", "PropertySheet ExpenseSheet"), (change.Actor, change.Target));
        await site.Definitions.SaveAsync(new RoleDefinition { Name = "Accountant", Permissions = ["View", "Modify"] }, MatrixUsers.Mia, Ct);
        using var lease = site.Runtime.Lease();
        Assert.Contains(lease.Types.Roles.Definitions, r => r.Name == "Accountant");
        Assert.Equal(SitePermissions.ManageTypes, ErpCode.Core.Types.DefinitionService.PermissionFor(DefinitionKind.BaseCategory));
    }

    [Fact]
    public async Task Manager_keeps_every_permission_whatever_a_stored_role_says()
    {
        await using var site = await DocumentTestSite.CreateAsync();

        var refused = await Assert.ThrowsAsync<ErpCode.Core.Types.Checking.InvalidDefinitionException>(() => site.Definitions.SaveAsync(new RoleDefinition { Name = "Manager", Permissions = ["View"] }, MatrixUsers.Mia, Ct));

        Assert.Contains("Manager always holds every permission", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<IReadOnlyList<AuditEvent>> AuditAsync(DocumentTestSite site, string kind) =>
        (await site.Services.GetRequiredService<AuditLog>().QueryAsync(new AuditQuery { Kind = kind }, Caller.System, site.Services.GetRequiredService<SecurityPolicy>(), Ct)).Events;
}
