using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A multi-document transaction was asked of a server that cannot give one (a standalone MongoDB rather than a replica set).</summary>
public sealed class TransactionsNotSupportedException : StorageException
{
    public TransactionsNotSupportedException(string store, string reason)
        : base(ErpCodeErrorCodes.TransactionsNotSupported, $"The store {store} cannot run multi-document transactions: {reason}")
    {
        Store = store;
    }

    public string Store { get; }
}
