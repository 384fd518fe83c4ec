namespace ErpCode.Storage.MongoDB.Errors;

/// <summary>
/// What an operation was doing when the server failed, so the mapped exception names it: the store (hosts and
/// database), the collection, the document, the ids of a batch (a bulk error gives an index into it) and the
/// document's size when it is known.
/// </summary>
internal sealed record MongoErrorContext(string Store, string? Collection = null, string? DocumentId = null)
{
    public IReadOnlyList<string>? BatchIds { get; init; }

    public long? DocumentSize { get; init; }

    public string? DocumentIdAt(int? batchIndex) =>
        batchIndex is { } i && BatchIds is { } ids && i >= 0 && i < ids.Count ? ids[i] : DocumentId;
}
