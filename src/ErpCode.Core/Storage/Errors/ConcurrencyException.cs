using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>
/// A write named a version that is no longer the document's current one: someone else changed it first.
/// Nothing was written. Reload the document and apply the change again.
/// </summary>
public sealed class ConcurrencyException : StorageException
{
    public ConcurrencyException(string collection, string documentId, long expectedVersion, long actualVersion)
        : base(
            ErpCodeErrorCodes.ConcurrencyConflict,
            $"Document '{documentId}' in collection '{collection}' is at version {actualVersion}, not the expected version {expectedVersion}: it was changed by someone else. Nothing was written.",
            collection)
    {
        DocumentId = documentId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    public string DocumentId { get; }

    public long ExpectedVersion { get; }

    public long ActualVersion { get; }
}
