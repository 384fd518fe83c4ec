using System.Security.Cryptography;
using System.Text;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Patches;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Documents.Ids;

/// <summary>
/// Gives documents their ids: a GUID, or the next number of the type's pattern. Counters live in
/// <c>id_sequences</c>, one document per type and scope, and advance with a version-checked write inside the
/// transaction that writes the document: two nodes creating at the same moment conflict, one of them retries, and
/// no number is given twice. A rolled-back write gives its number back.
/// </summary>
public sealed class IdAllocator(IStoreTransaction transaction, TimeProvider time)
{
    public const string Collection = "id_sequences";

    public static CollectionDefinition Definition { get; } = new(Collection);

    /// <summary>The next id; a conflict with a concurrent writer surfaces as the store's concurrency or busy error.</summary>
    public async Task<string> NextAsync(string portalType, IdPattern? pattern, CancellationToken cancellationToken = default)
    {
        if (pattern is null)
        {
            return Guid.NewGuid().ToString("D");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var scope = pattern.Scope(today);
        var counterId = $"{portalType}.{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(scope)))[..24]}";
        var counters = transaction.Collection(Collection);
        var counter = await counters.FindAsync(counterId, cancellationToken);
        if (counter is null)
        {
            await counters.InsertAsync(new NewDocument(counterId, DocumentValue.Create(("scope", scope), ("next", 2L)), "IdSequence", null), cancellationToken);
            return pattern.Format(today, 1);
        }

        var next = ((Int64Value)counter.Body["next"]).Value;
        await counters.UpdateAsync(counterId, counter.Version, DocumentPatch.Empty.Set("next", next + 1), cancellationToken);
        return pattern.Format(today, next);
    }
}
