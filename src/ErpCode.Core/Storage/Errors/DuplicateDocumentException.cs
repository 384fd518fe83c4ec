using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>An insert used an id that another document of the collection already has.</summary>
public sealed class DuplicateDocumentException : StorageException
{
    public DuplicateDocumentException(string collection, string documentId, Exception? innerException = null)
        : base(ErpCodeErrorCodes.DuplicateDocument, $"Document '{documentId}' already exists in collection '{collection}'.", collection, innerException)
    {
        DocumentId = documentId;
    }

    public string DocumentId { get; }
}
