namespace ErpCode.OData.Batch;

/// <summary>The answer to one request of a <c>$batch</c>, as its own request would have had it.</summary>
internal sealed record BatchResponse(string Id, string? AtomicityGroup, int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    /// <summary>The address of the entity the request created or answered with (<c>Location</c>, else <c>OData-EntityId</c>), for <c>$id</c> references.</summary>
    public string? EntityAddress => Headers.GetValueOrDefault("Location") ?? Headers.GetValueOrDefault("OData-EntityId");
}
