using System.Collections.Concurrent;
using ErpCode.Core.Security.Audit;

namespace ErpCode.Scripting.Tests.Security;

/// <summary>An audit log that keeps what it is given in memory, for tests to read back.</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    private readonly ConcurrentQueue<AuditEvent> _events = new();

    public IReadOnlyList<AuditEvent> Events => [.. _events];

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        _events.Enqueue(auditEvent);
        return Task.CompletedTask;
    }
}
