using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>The store's files are damaged or are not an ErpCode store at all.</summary>
public sealed class StoreCorruptException : StorageException
{
    public StoreCorruptException(string store, string reason, Exception? innerException = null)
        : base(ErpCodeErrorCodes.StoreCorrupt, $"The store {store} is damaged or not an ErpCode store: {reason}", null, innerException)
    {
        Store = store;
    }

    public string Store { get; }
}
