using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Security.Audit;

/// <summary>
/// The audit log, kept in the store (<c>audit_log</c>): one document per event, never changed or deleted through
/// ErpCode. Reading it needs <see cref="SitePermissions.ViewAudit"/> (Auditor, Manager).
/// </summary>
public sealed class AuditLog(IDocumentStore store, TimeProvider time) : IAuditLog
{
    public const string Collection = "audit_log";

    public static CollectionDefinition Definition { get; } = new CollectionDefinition(Collection)
        .WithField("at", ValueKind.DateTime)
        .WithIndex("byTime", "at")
        .WithIndex("byActor", "actor", "at")
        .WithIndex("byKind", "kind", "at");

    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var at = time.GetUtcNow().UtcDateTime;
        var body = DocumentValue.Create(
            ("kind", auditEvent.Kind),
            ("actor", auditEvent.Actor),
            ("target", auditEvent.Target is null ? DocValue.Null : auditEvent.Target),
            ("succeeded", auditEvent.Succeeded),
            ("detail", auditEvent.Detail is null ? DocValue.Null : auditEvent.Detail),
            ("address", auditEvent.Address is null ? DocValue.Null : auditEvent.Address),
            ("at", at));
        await store.Collection(Collection).InsertAsync(new NewDocument($"{at:yyyyMMddHHmmssfffffff}-{Guid.NewGuid():N}", body, "AuditEvent"), cancellationToken);
    }

    /// <summary>
    /// The events matching <paramref name="query"/>, newest first, for a caller holding ViewAudit (others get
    /// <see cref="PermissionDeniedException"/>, itself audited).
    /// </summary>
    public async Task<AuditPage> QueryAsync(AuditQuery query, Caller caller, SecurityPolicy policy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(policy);
        await policy.DemandAsync(caller, SitePermissions.ViewAudit, "the audit log", cancellationToken);
        var filters = new List<Filter>();
        if (query.Actor is { Length: > 0 } actor)
        {
            filters.Add(Filter.Eq(FieldPath.Parse("actor"), actor));
        }

        if (query.Kind is { Length: > 0 } kind)
        {
            filters.Add(Filter.Eq(FieldPath.Parse("kind"), kind));
        }

        if (query.Target is { Length: > 0 } target)
        {
            filters.Add(Filter.Eq(FieldPath.Parse("target"), target));
        }

        if (query.From is { } from)
        {
            filters.Add(Filter.Ge(FieldPath.Parse("at"), from));
        }

        if (query.To is { } to)
        {
            filters.Add(Filter.Lt(FieldPath.Parse("at"), to));
        }

        var result = await store.Collection(Collection).QueryAsync(
            Query.Where(Filter.And([.. filters])).OrderBy(SortField.Desc("at")).Page(Math.Clamp(query.Take, 1, Query.MaxTake), query.ContinuationToken),
            cancellationToken);
        return new AuditPage([.. result.Documents.Select(Read)], result.ContinuationToken);
    }

    private static AuditEvent Read(StoredDocument document)
    {
        string? Text(string name) => document.Body.TryGet(name, out var value) && value is StringValue s ? s.Value : null;
        return new AuditEvent(Text("kind") ?? string.Empty, Text("actor") ?? string.Empty, Text("target"), document.Body["succeeded"] is BoolValue { Value: true }, Text("detail"))
        {
            At = ((DateTimeValue)document.Body["at"]).Value,
            Address = Text("address"),
        };
    }
}
