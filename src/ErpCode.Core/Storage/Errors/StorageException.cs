using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A failure of the document store. <see cref="Collection"/> names the collection involved, when there is one.</summary>
public abstract class StorageException : ErpCodeException
{
    private protected StorageException(string code, string message, string? collection = null, Exception? innerException = null)
        : base(code, message, innerException)
    {
        Collection = collection;
    }

    /// <summary>The collection the failed operation addressed, or <c>null</c>.</summary>
    public string? Collection { get; }
}
