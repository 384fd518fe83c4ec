using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A partial update that cannot be applied to the document as it is, such as setting a field below a scalar.</summary>
public sealed class InvalidPatchException : StorageException
{
    public InvalidPatchException(string path, string reason, string? collection = null, string? documentId = null)
        : base(ErpCodeErrorCodes.InvalidPatch, $"Cannot apply the change to '{path}'{(documentId is null ? string.Empty : $" of document '{documentId}'")}: {reason}. Nothing was written.", collection)
    {
        Path = path;
        DocumentId = documentId;
    }

    public string Path { get; }

    public string? DocumentId { get; }
}
