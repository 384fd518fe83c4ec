using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A query whose paging or sort options contradict each other or are out of range.</summary>
public sealed class InvalidQueryException : StorageException
{
    public InvalidQueryException(string reason, string? collection = null)
        : base(ErpCodeErrorCodes.InvalidQuery, $"Invalid query: {reason}", collection)
    {
    }
}
