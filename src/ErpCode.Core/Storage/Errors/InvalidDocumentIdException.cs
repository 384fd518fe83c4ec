using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A document id that breaks the id rule; nothing was read or written.</summary>
public sealed class InvalidDocumentIdException : StorageException
{
    public InvalidDocumentIdException(string? documentId, string reason, string? collection = null)
        : base(ErpCodeErrorCodes.InvalidDocumentId, $"'{documentId}' is not a valid document id: {reason}", collection)
    {
        DocumentId = documentId;
    }

    public string? DocumentId { get; }
}
