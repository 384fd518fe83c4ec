namespace ErpCode.Core.Security.Audit;

/// <summary>What an auditor asks for: events of one actor, kind or target, in a time range, a page at a time.</summary>
public sealed record AuditQuery
{
    public string? Actor { get; init; }

    public string? Kind { get; init; }

    public string? Target { get; init; }

    /// <summary>Inclusive start (UTC).</summary>
    public DateTime? From { get; init; }

    /// <summary>Exclusive end (UTC).</summary>
    public DateTime? To { get; init; }

    public int Take { get; init; } = 100;

    public string? ContinuationToken { get; init; }
}

/// <summary>A page of audit events, newest first, and the token for the next page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEvent> Events, string? ContinuationToken);
