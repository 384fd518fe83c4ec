namespace ErpCode.Core.Security.Audit;

/// <summary>Where security-relevant events are kept, for Auditors to query. Recording never throws for a valid event.</summary>
public interface IAuditLog
{
    /// <summary>Records <paramref name="auditEvent"/>, stamped with the current time.</summary>
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
