using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A write would give two documents the same value under a unique index.</summary>
public sealed class UniqueConstraintException : StorageException
{
    public UniqueConstraintException(string collection, string indexName, string? documentId, Exception? innerException = null)
        : base(
            ErpCodeErrorCodes.UniqueConstraint,
            $"Unique index '{indexName}' of collection '{collection}' already holds the value that document '{documentId}' would write. Nothing was written.",
            collection,
            innerException)
    {
        IndexName = indexName;
        DocumentId = documentId;
    }

    public string IndexName { get; }

    public string? DocumentId { get; }
}
