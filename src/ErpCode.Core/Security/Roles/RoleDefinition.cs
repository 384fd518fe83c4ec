using System.Collections.Immutable;
using ErpCode.Core.Security.Permissions;

namespace ErpCode.Core.Security.Roles;

/// <summary>
/// A role and the permissions it holds site-wide (a document's workflow state or portal type may manage a permission
/// instead, and then decides alone). Stored as a definition like portal types; templates add roles such as
/// <c>Accountant</c>. The built-in roles exist without a stored definition; storing one changes their grants, except
/// <see cref="SiteRoles.Manager"/>, which always holds every permission.
/// </summary>
public sealed record RoleDefinition
{
    public required string Name { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public ImmutableArray<string> Permissions { get; init; } = [];

    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Name : Title;

    /// <summary>The grants of the built-in roles when the site stores none for them.</summary>
    public static ImmutableArray<RoleDefinition> Defaults { get; } =
    [
        new() { Name = SiteRoles.Manager, Title = "Manager", Description = "Runs the site: every permission.", Permissions = SitePermissions.All },
        new() { Name = SiteRoles.Author, Title = "Author", Description = "Creates documents and edits them while their workflow allows.", Permissions = [SitePermissions.View, SitePermissions.Add, SitePermissions.Modify] },
        new() { Name = SiteRoles.Assignee, Title = "Assignee", Description = "Works on the documents assigned to them.", Permissions = [SitePermissions.View, SitePermissions.Modify] },
        new() { Name = SiteRoles.Auditor, Title = "Auditor", Description = "Reads everything, including the audit log; changes nothing.", Permissions = [SitePermissions.View, SitePermissions.ViewAudit] },
        new() { Name = SiteRoles.Developer, Title = "Developer", Description = "Edits code, types and workflows; may give scripts proxy roles. Granted by configuration only.", Permissions = [SitePermissions.View, SitePermissions.ManageCode, SitePermissions.ManageTypes, SitePermissions.ManageWorkflows, SitePermissions.ManageTemplates] },
        new() { Name = SiteRoles.Owner, Title = "Owner", Description = "The creator of a document, on that document.", Permissions = [SitePermissions.View, SitePermissions.Modify, SitePermissions.Delete, SitePermissions.ChangeLocalRoles] },
    ];
}
