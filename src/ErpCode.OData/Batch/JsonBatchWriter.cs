using System.Text;
using System.Text.Json;
using ErpCode.OData.Routing;

namespace ErpCode.OData.Batch;

/// <summary>Writes the answers of a JSON batch: <c>{"responses": [{"id", "atomicityGroup"?, "status", "headers", "body"?}]}</c>.</summary>
internal static class JsonBatchWriter
{
    public static async Task WriteAsync(ODataCall call, List<BatchResponse> responses)
    {
        using var output = new MemoryStream();
        await using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteStartArray("responses");
            foreach (var response in responses)
            {
                Write(json, response);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var http = call.Http.Response;
        http.StatusCode = StatusCodes.Status200OK;
        http.ContentType = "application/json; odata.metadata=minimal; charset=utf-8";
        http.Headers["OData-Version"] = "4.0";
        http.ContentLength = output.Length;
        output.Position = 0;
        await output.CopyToAsync(http.Body, call.Aborted);
    }

    private static void Write(Utf8JsonWriter json, BatchResponse response)
    {
        json.WriteStartObject();
        json.WriteString("id", response.Id);
        if (response.AtomicityGroup is not null)
        {
            json.WriteString("atomicityGroup", response.AtomicityGroup);
        }

        json.WriteNumber("status", response.Status);
        json.WriteStartObject("headers");
        foreach (var (name, value) in response.Headers.Where(h => !h.Key.Equals("OData-Version", StringComparison.OrdinalIgnoreCase)))
        {
            json.WriteString(name.ToLowerInvariant(), value);
        }

        json.WriteEndObject();
        if (response.Body.Length > 0)
        {
            if (response.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
            {
                json.WritePropertyName("body");
                using var document = JsonDocument.Parse(response.Body);
                document.RootElement.WriteTo(json);
            }
            else
            {
                // $metadata (XML) and $count (text) are carried as a string, so the batch stays valid JSON.
                json.WriteString("body", Encoding.UTF8.GetString(response.Body));
            }
        }

        json.WriteEndObject();
    }
}
