using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>No document with <see cref="DocumentId"/> exists in <see cref="StorageException.Collection"/>.</summary>
public sealed class DocumentNotFoundException : StorageException
{
    public DocumentNotFoundException(string collection, string documentId)
        : base(ErpCodeErrorCodes.DocumentNotFound, $"Document '{documentId}' does not exist in collection '{collection}'.", collection)
    {
        DocumentId = documentId;
    }

    public string DocumentId { get; }
}
