using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A continuation token that is malformed or was issued for another query (other collection or sort).</summary>
public sealed class InvalidContinuationTokenException : StorageException
{
    public InvalidContinuationTokenException(string reason, string? collection = null, Exception? innerException = null)
        : base(ErpCodeErrorCodes.InvalidContinuationToken, $"Invalid continuation token: {reason}", collection, innerException)
    {
    }
}
