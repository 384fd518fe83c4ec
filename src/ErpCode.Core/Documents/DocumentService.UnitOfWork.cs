using ErpCode.Core.Security.Permissions;

namespace ErpCode.Core.Documents;

/// <summary>Units of work: several calls of this service that commit together or not at all.</summary>
public sealed partial class DocumentService
{
    /// <summary>
    /// Runs <paramref name="work"/>, whose calls of this service (creates, updates, deletes, transitions, business
    /// methods, and the reads between them) all join one store transaction: committed when <paramref name="work"/>
    /// returns, rolled back when it throws (the exception is rethrown). Each call keeps the rules it has alone
    /// (permissions, validation, hooks, interactions, automatic transitions); a denial met inside is audited after the
    /// transaction is over, even when <paramref name="work"/> caught it. Calls run one after another, never in
    /// parallel; writes of other services (definitions, users) must not be made inside.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called inside a write or another unit of work.</exception>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_ambient.Value is not null)
        {
            throw new InvalidOperationException("A unit of work cannot start inside a write or inside another unit of work.");
        }

        var denials = new List<PermissionDeniedException>();
        try
        {
            return await OwnTransactionAsync(
                async transaction =>
                {
                    _ambient.Value = new AmbientWrite(transaction, InStoredCode: false, denials);
                    try
                    {
                        return await work();
                    }
                    finally
                    {
                        _ambient.Value = null;
                    }
                },
                commit: true,
                cancellationToken);
        }
        finally
        {
            // The transaction is over (committed or rolled back) and its lock released: the denials met inside, and
            // answered there rather than thrown out of the unit, can be audited now.
            foreach (var denied in denials.Where(d => d.Data.Contains(PendingAuditKey)))
            {
                denied.Data.Remove(PendingAuditKey);
                await policy.AuditAsync(denied, CancellationToken.None);
            }
        }
    }
}
