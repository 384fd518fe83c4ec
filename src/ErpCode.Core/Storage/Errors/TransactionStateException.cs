using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A transaction was used after it was committed, rolled back or disposed.</summary>
public sealed class TransactionStateException : StorageException
{
    public TransactionStateException(string reason)
        : base(ErpCodeErrorCodes.TransactionState, $"The transaction cannot be used: {reason}")
    {
    }
}
