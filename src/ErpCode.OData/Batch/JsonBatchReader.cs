using System.Text;
using System.Text.Json;
using ErpCode.OData.Errors;

namespace ErpCode.OData.Batch;

/// <summary>Reads the JSON batch format (<c>{"requests": [{"id", "method", "url", "headers", "body", "atomicityGroup", "dependsOn"}]}</c>), refusing what it cannot run.</summary>
internal static class JsonBatchReader
{
    private static readonly string[] Methods = ["GET", "POST", "PATCH", "PUT", "DELETE"];

    public static List<BatchRequest> Read(MemoryStream body, int max)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw ODataRequestException.BadPayload($"The batch is not valid JSON: {ex.Message}", "$batch", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("requests", out var requests) || requests.ValueKind != JsonValueKind.Array)
            {
                throw ODataRequestException.BadPayload("A JSON batch is an object with a \"requests\" array.", "$batch");
            }

            if (requests.GetArrayLength() > max)
            {
                throw ODataRequestException.BadPayload($"A batch holds at most {max} requests (OData:MaxBatchRequests), not {requests.GetArrayLength()}.", "$batch");
            }

            var read = new List<BatchRequest>();
            foreach (var request in requests.EnumerateArray())
            {
                read.Add(Request(request, read));
            }

            return read;
        }
    }

    private static BatchRequest Request(JsonElement request, List<BatchRequest> earlier)
    {
        var id = Text(request, "id") ?? throw ODataRequestException.BadPayload($"Request {earlier.Count + 1} of the batch has no \"id\".", "$batch");
        if (earlier.Any(r => r.Id == id || r.AtomicityGroup == id))
        {
            throw ODataRequestException.BadPayload($"The id '{id}' is used twice in the batch (by two requests, or a request and a change set).", "$batch");
        }

        var method = Text(request, "method")?.ToUpperInvariant();
        if (method is null || !Methods.Contains(method))
        {
            throw ODataRequestException.BadPayload($"Request '{id}' of the batch needs a method among {string.Join(", ", Methods)}.", "$batch");
        }

        var url = Text(request, "url") ?? throw ODataRequestException.BadPayload($"Request '{id}' of the batch has no \"url\".", "$batch");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (request.TryGetProperty("headers", out var given) && given.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in given.EnumerateObject())
            {
                headers[header.Name] = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : header.Value.GetRawText();
            }
        }

        var dependsOn = request.TryGetProperty("dependsOn", out var depends) && depends.ValueKind == JsonValueKind.Array
            ? depends.EnumerateArray().Select(d => d.GetString() ?? string.Empty).ToList()
            : [];
        if (dependsOn.FirstOrDefault(d => !earlier.Any(r => r.Id == d || r.AtomicityGroup == d)) is { } unknown)
        {
            throw ODataRequestException.BadPayload($"Request '{id}' depends on '{unknown}', which is not an earlier request or change set of the batch.", "$batch");
        }

        var group = Text(request, "atomicityGroup");
        if (group is not null && earlier.Count > 0 && earlier[^1].AtomicityGroup != group && earlier.Any(r => r.AtomicityGroup == group))
        {
            throw ODataRequestException.BadPayload($"The requests of the change set '{group}' must be adjacent; request '{id}' comes after others.", "$batch");
        }

        if (group is not null && earlier.Any(r => r.Id == group))
        {
            throw ODataRequestException.BadPayload($"'{group}' names both a request and a change set of the batch.", "$batch");
        }

        byte[]? body = request.TryGetProperty("body", out var content) && content.ValueKind != JsonValueKind.Null ? Encoding.UTF8.GetBytes(content.GetRawText()) : null;
        return new BatchRequest(id, method, url, headers, body, group, dependsOn);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
