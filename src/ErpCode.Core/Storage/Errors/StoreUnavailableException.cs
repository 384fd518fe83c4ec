using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>The store cannot be reached or opened (server unreachable, file missing rights). The message names the store; credentials are never shown.</summary>
public sealed class StoreUnavailableException : StorageException
{
    public StoreUnavailableException(string store, string reason, Exception? innerException = null)
        : base(ErpCodeErrorCodes.StoreUnavailable, $"The store {store} is unavailable: {reason}", null, innerException)
    {
        Store = store;
    }

    /// <summary>The store described without secrets: a file path or the MongoDB hosts.</summary>
    public string Store { get; }
}
