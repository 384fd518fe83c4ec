using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>An operation addressed a collection that was never created with <c>EnsureCollectionAsync</c>.</summary>
public sealed class UnknownCollectionException : StorageException
{
    public UnknownCollectionException(string collection)
        : base(ErpCodeErrorCodes.UnknownCollection, $"Collection '{collection}' does not exist in this store. Create it with EnsureCollectionAsync first.", collection)
    {
    }
}
