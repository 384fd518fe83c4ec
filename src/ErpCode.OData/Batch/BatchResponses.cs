using System.Text.Json;
using System.Text.Json.Nodes;
using ErpCode.OData.Errors;

namespace ErpCode.OData.Batch;

/// <summary>Answers a batch makes itself, for requests it did not run or whose change set could not commit.</summary>
internal static class BatchResponses
{
    public static BatchResponse Error(string id, string? atomicityGroup, ODataErrorResponse error)
    {
        using var body = new MemoryStream();
        using (var json = new Utf8JsonWriter(body))
        {
            ODataErrorWriter.Write(json, error);
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "application/json; odata.metadata=minimal; charset=utf-8",
            ["OData-Version"] = "4.0",
        };
        return new BatchResponse(id, atomicityGroup, error.Status, headers, body.ToArray());
    }

    /// <summary>
    /// The answer of the request that failed its change set, its error message saying so: a multipart batch answers a
    /// failed change set with this one answer outside any change set, where a <c>Content-ID</c> is not carried.
    /// </summary>
    public static BatchResponse NameFailedRequest(BatchResponse failed, int requests)
    {
        if (failed.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true
            || JsonNode.Parse(failed.Body) is not JsonObject root
            || root["error"] is not JsonObject error
            || error["message"] is not JsonValue message)
        {
            return failed;
        }

        error["message"] = $"Request '{failed.Id}' of the change set '{failed.AtomicityGroup}' failed, so none of its {requests} requests was written: {message.GetValue<string>()}";
        return failed with { Body = JsonSerializer.SerializeToUtf8Bytes(root) };
    }
}
