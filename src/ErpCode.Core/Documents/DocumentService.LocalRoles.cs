using System.Collections.Immutable;
using ErpCode.Core.Documents.Storage;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;

namespace ErpCode.Core.Documents;

/// <summary>Local roles: roles given on one document to a user or a group (an Assignee of this order).</summary>
public sealed partial class DocumentService
{
    /// <summary>
    /// Replaces the local roles <paramref name="principal"/> (<c>user:NAME</c> or <c>group:NAME</c>) holds on the
    /// document at <paramref name="expectedVersion"/> with <paramref name="roles"/> (empty: takes them all away). Needs
    /// ChangeLocalRoles on the document; a caller may only give roles they hold there themselves, and never Manager,
    /// Owner or Developer. Written with a history entry and audited.
    /// </summary>
    public async Task<BusinessDocument> SetLocalRolesAsync(string portalType, string id, long expectedVersion, string principal, IReadOnlyCollection<string> roles, Caller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(caller);
        using var lease = runtime.Lease();
        var type = TypeOf(lease, portalType);
        var existing = await ReadAsync(lease, type, id, caller, cancellationToken);
        await DemandAsync(lease, type, existing.Id, existing.Body, caller, SitePermissions.ChangeLocalRoles, cancellationToken);
        var problems = LocalRoleProblems(lease.Types.Roles, principal, roles, caller, LocalRoles.Of(caller, existing.Body)).ToList();
        if (problems.Count > 0)
        {
            throw new DocumentValidationException(type.Name, id, [.. problems.Select(p => new Validation.ValidationError(SystemProperties.LocalRoles, p))]);
        }

        if (existing.Version != expectedVersion)
        {
            throw new ErpCode.Core.Storage.Errors.ConcurrencyException(type.Name, id, expectedVersion, existing.Version);
        }

        var kept = LocalRoles.Entries(existing.Body).Where(e => LocalRoles.Parse(e) is not { } parsed || parsed.Principal != principal);
        var entries = kept.Concat(roles.Distinct(StringComparer.Ordinal).Select(role => $"{principal}:{role}")).Order(StringComparer.Ordinal).ToImmutableArray();
        var now = time.GetUtcNow().UtcDateTime;
        var body = (entries.IsEmpty ? existing.Body.Without(SystemProperties.LocalRoles) : existing.Body.With(SystemProperties.LocalRoles, new ArrayValue(entries.Select(e => (DocValue)e))))
            .With(SystemProperties.ModifiedAt, now).With(SystemProperties.ModifiedBy, caller.Name);
        var updated = await WriteAsync(
            async transaction =>
            {
                var stored = await transaction.Collection(DocumentCollections.Name(type.Name)).ReplaceAsync(id, expectedVersion, body, cancellationToken);
                await AddHistoryAsync(transaction, type, stored, DocumentAction.Modified, Changes(type, existing.Body, stored.Body), caller, now, cancellationToken);
                return View(type, stored);
            },
            cancellationToken);
        await policy.RecordAsync(
            new AuditEvent(AuditKinds.LocalRolesChanged, caller.Name, $"{type.Name} {id}", true, $"{principal}: {(roles.Count == 0 ? "no local role" : string.Join(", ", roles))}"),
            cancellationToken);
        return updated;
    }

    private static IEnumerable<string> LocalRoleProblems(RoleGrants grants, string principal, IReadOnlyCollection<string> roles, Caller caller, ImmutableHashSet<string> callerRoles)
    {
        if (LocalRoles.Parse($"{principal}:Role") is null || principal.EndsWith(':'))
        {
            yield return $"'{principal}' is not a principal: write user:NAME or group:NAME";
        }

        foreach (var role in roles)
        {
            if (role is SiteRoles.Manager || SiteRoles.IsReserved(role))
            {
                yield return $"{role} cannot be given on a document";
            }
            else if (!grants.IsDefined(role))
            {
                yield return $"there is no role '{role}'";
            }
            else if (!caller.Unrestricted && !callerRoles.Contains(SiteRoles.Manager) && !callerRoles.Contains(role))
            {
                yield return $"{caller.Name} does not hold {role} on this document and so cannot give it";
            }
        }
    }
}
