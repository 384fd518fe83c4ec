using System.Text.Json;

namespace ErpCode.OData.Batch;

/// <summary>One request of a JSON <c>$batch</c>: its id, method, URL (relative to <c>/odata/</c>), headers, body, change set and dependencies.</summary>
internal sealed record BatchRequest(string Id, string Method, string Url, IReadOnlyDictionary<string, string> Headers, JsonElement? Body, string? AtomicityGroup, IReadOnlyList<string> DependsOn)
{
    public bool IsWrite => !HttpMethods.IsGet(Method);
}
