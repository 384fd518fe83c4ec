namespace ErpCode.Core.Security.Audit;

/// <summary>
/// One thing that happened, as the audit log keeps it: what (<see cref="Kind"/>, such as <c>LoginFailed</c> or
/// <c>CodeChanged</c>), who, on what, when, whether it was allowed, and a sentence of detail.
/// </summary>
public sealed record AuditEvent(string Kind, string Actor, string? Target, bool Succeeded, string? Detail)
{
    /// <summary>Set by the audit log when the event is recorded.</summary>
    public DateTime At { get; init; }

    /// <summary>The client address, for events that come from a request.</summary>
    public string? Address { get; init; }
}
