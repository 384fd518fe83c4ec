namespace ErpCode.Core.Security.Audit;

/// <summary>The kinds of audit event ErpCode records. Stable: auditors filter on them.</summary>
public static class AuditKinds
{
    public const string Login = "Login";
    public const string LoginFailed = "LoginFailed";
    public const string LockedOut = "LockedOut";
    public const string TokenIssued = "TokenIssued";
    public const string TokenRevoked = "TokenRevoked";
    public const string TokenRejected = "TokenRejected";
    public const string PermissionDenied = "PermissionDenied";
    public const string CodeChanged = "CodeChanged";
    public const string TypeChanged = "TypeChanged";
    public const string WorkflowChanged = "WorkflowChanged";
    public const string RoleChanged = "RoleChanged";
    public const string TemplateChanged = "TemplateChanged";
    public const string UserChanged = "UserChanged";
    public const string LocalRolesChanged = "LocalRolesChanged";
}
