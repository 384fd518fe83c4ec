using ErpCode.Core.Errors;

namespace ErpCode.Core.Storage.Errors;

/// <summary>A document whose stored form exceeds the size limit (16 MiB, as MongoDB). Nothing was written.</summary>
public sealed class DocumentTooLargeException : StorageException
{
    public DocumentTooLargeException(string collection, string documentId, long sizeInBytes, long limitInBytes)
        : base(
            ErpCodeErrorCodes.DocumentTooLarge,
            $"Document '{documentId}' in collection '{collection}' is {sizeInBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes when stored, over the limit of {limitInBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes. Nothing was written.",
            collection)
    {
        DocumentId = documentId;
        SizeInBytes = sizeInBytes;
        LimitInBytes = limitInBytes;
    }

    public string DocumentId { get; }

    public long SizeInBytes { get; }

    public long LimitInBytes { get; }
}
