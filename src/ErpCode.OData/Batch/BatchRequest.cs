namespace ErpCode.OData.Batch;

/// <summary>
/// One request of a <c>$batch</c>, whatever its format: its id (the JSON <c>id</c> or the multipart <c>Content-ID</c>),
/// method, URL (relative to <c>/odata/</c>, absolute, or starting with <c>$id</c> of an earlier request), headers,
/// body, change set and dependencies.
/// </summary>
internal sealed record BatchRequest(string Id, string Method, string Url, IReadOnlyDictionary<string, string> Headers, byte[]? Body, string? AtomicityGroup, IReadOnlyList<string> DependsOn)
{
    public bool IsWrite => !HttpMethods.IsGet(Method);
}
