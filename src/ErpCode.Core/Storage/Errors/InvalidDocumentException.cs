using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A document body that cannot be stored, such as a property name that breaks the rule; <see cref="Path"/> names the place.</summary>
public sealed class InvalidDocumentException : StorageException
{
    public InvalidDocumentException(string path, string reason, string? collection = null, string? documentId = null)
        : base(ErpCodeErrorCodes.InvalidDocument, Describe(path, reason, collection, documentId), collection)
    {
        Path = path;
        DocumentId = documentId;
    }

    public string Path { get; }

    public string? DocumentId { get; }

    private static string Describe(string path, string reason, string? collection, string? documentId)
    {
        var where = documentId is null ? string.Empty : $" of document '{documentId}'";
        var inCollection = collection is null ? string.Empty : $" in collection '{collection}'";
        return $"Property '{path}'{where}{inCollection}: {reason}";
    }
}
