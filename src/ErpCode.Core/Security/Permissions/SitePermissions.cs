using System.Collections.Immutable;

namespace ErpCode.Core.Security.Permissions;

/// <summary>
/// The permissions ErpCode checks. Document permissions (<see cref="View"/>, <see cref="Modify"/>, <see cref="Add"/>,
/// <see cref="Delete"/>) are resolved per document: from the workflow state when a state of its chain manages the
/// permission, else from the portal type's grants, else from the roles' site-wide grants, with the caller's local
/// roles on the document counted. The others are site permissions, granted through roles only. A transition's guard
/// may name any permission, including ones a template adds.
/// </summary>
public static class SitePermissions
{
    public const string View = "View";
    public const string Modify = "Modify";
    public const string Add = "Add";
    public const string Delete = "Delete";

    /// <summary>Giving and taking local roles on a document (Owner and Manager by default).</summary>
    public const string ChangeLocalRoles = "ChangeLocalRoles";
    public const string ManageTypes = "ManageTypes";
    public const string ManageWorkflows = "ManageWorkflows";
    public const string ManageCode = "ManageCode";
    public const string ManageTemplates = "ManageTemplates";
    public const string ManageUsers = "ManageUsers";
    public const string ViewAudit = "ViewAudit";

    /// <summary>The permissions checked on each document.</summary>
    public static ImmutableArray<string> Document { get; } = [View, Modify, Add, Delete, ChangeLocalRoles];

    /// <summary>The permissions checked on the site as a whole.</summary>
    public static ImmutableArray<string> Site { get; } = [ManageTypes, ManageWorkflows, ManageCode, ManageTemplates, ManageUsers, ViewAudit];

    public static ImmutableArray<string> All { get; } = [.. Document, .. Site];
}
