namespace ErpCode.Core.Storage;

/// <summary>Limits every backend enforces, so a document that fits one store fits the other.</summary>
public static class StoreLimits
{
    /// <summary>The largest stored document, 16 MiB, as MongoDB.</summary>
    public const long MaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>The deepest nesting of documents and arrays in a body (MongoDB allows 100).</summary>
    public const int MaxNestingDepth = 100;
}
