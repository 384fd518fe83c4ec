using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>The store stayed locked by another writer longer than the configured busy timeout. Nothing was written; the operation may be retried.</summary>
public sealed class StoreBusyException : StorageException
{
    public StoreBusyException(string store, TimeSpan waited, Exception? innerException = null)
        : base(ErpCodeErrorCodes.StoreBusy, $"The store {store} stayed locked by another process or writer for {waited.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s. Nothing was written; try again.", null, innerException)
    {
        Store = store;
    }

    /// <summary>For a write that lost a race with another transaction on the same document (MongoDB's write conflict).</summary>
    public StoreBusyException(string store, string reason, Exception? innerException = null)
        : base(ErpCodeErrorCodes.StoreBusy, $"The store {store} refused the write: {reason}. Nothing was written; try again.", null, innerException)
    {
        Store = store;
    }

    public string Store { get; }
}
