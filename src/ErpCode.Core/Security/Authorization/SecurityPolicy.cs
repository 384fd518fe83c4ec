using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Sites;

namespace ErpCode.Core.Security.Authorization;

/// <summary>
/// The one place that decides site permissions (ManageCode, ManageTypes, ManageUsers, ViewAudit…) from the roles'
/// grants at the running revision, and records every denial in the audit log. Services call it first thing; document
/// permissions, which depend on each document, are decided by <see cref="DocumentPermissions"/>.
/// </summary>
public sealed class SecurityPolicy(ISiteRuntime runtime, IAuditLog audit)
{
    /// <summary>The site-wide grants at the running revision.</summary>
    public RoleGrants Grants()
    {
        using var lease = runtime.Lease();
        return lease.Types.Roles;
    }

    public bool Holds(Caller caller, string permission)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Unrestricted || Grants().Holds(caller.Roles, permission);
    }

    /// <summary>Throws <see cref="PermissionDeniedException"/>, after auditing the denial, unless the caller holds <paramref name="permission"/>.</summary>
    public async Task DemandAsync(Caller caller, string permission, string target, CancellationToken cancellationToken = default)
    {
        if (!Holds(caller, permission))
        {
            throw await DeniedAsync(caller, permission, target, null, cancellationToken);
        }
    }

    /// <summary>Records an event in the audit log (a change made, a role given).</summary>
    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) => audit.RecordAsync(auditEvent, cancellationToken);

    /// <summary>Audits a denial decided elsewhere and returns the exception to throw.</summary>
    public async Task<PermissionDeniedException> DeniedAsync(Caller caller, string permission, string target, string? reason, CancellationToken cancellationToken = default)
    {
        var denied = Deny(caller, permission, target, reason);
        await AuditAsync(denied, cancellationToken);
        return denied;
    }

    /// <summary>
    /// The exception for a denial decided inside a write's transaction, not audited yet: the audit entry is written
    /// by <see cref="AuditAsync"/> once that transaction is over (an embedded store has one writer at a time, and the
    /// entry must outlive the rollback).
    /// </summary>
    public static PermissionDeniedException Deny(Caller caller, string permission, string target, string? reason)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new PermissionDeniedException(caller.Name, permission, target, reason);
    }

    /// <summary>Writes the audit entry of a denial.</summary>
    public Task AuditAsync(PermissionDeniedException denied, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(denied);
        return audit.RecordAsync(new AuditEvent(AuditKinds.PermissionDenied, denied.User, denied.Target, false, denied.Message), CancellationToken.None);
    }
}
