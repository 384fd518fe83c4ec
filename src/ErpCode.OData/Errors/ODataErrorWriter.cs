using System.Text.Json;

namespace ErpCode.OData.Errors;

/// <summary>Writes an OData JSON error body, whatever the request asked to accept: an error is always JSON.</summary>
internal static class ODataErrorWriter
{
    public static async Task WriteAsync(HttpContext context, ODataErrorResponse error)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = error.Status;
        context.Response.ContentType = "application/json; odata.metadata=minimal; charset=utf-8";
        context.Response.Headers["OData-Version"] = "4.0";
        if (error.Status == StatusCodes.Status413PayloadTooLarge)
        {
            context.Response.Headers.Connection = "close";
        }

        if (!error.Allow.IsDefaultOrEmpty)
        {
            context.Response.Headers.Allow = string.Join(", ", error.Allow);
        }

        await using var json = new Utf8JsonWriter(context.Response.Body);
        Write(json, error);
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>Writes the body <c>{"error": {"code", "message", "target"?, "details"?}}</c> of <paramref name="error"/>.</summary>
    public static void Write(Utf8JsonWriter json, ODataErrorResponse error)
    {
        json.WriteStartObject();
        json.WriteStartObject("error");
        json.WriteString("code", error.Code);
        json.WriteString("message", error.Message);
        if (error.Target is not null)
        {
            json.WriteString("target", error.Target);
        }

        if (!error.Details.IsDefaultOrEmpty)
        {
            json.WriteStartArray("details");
            foreach (var detail in error.Details)
            {
                json.WriteStartObject();
                json.WriteString("code", detail.Code);
                json.WriteString("target", detail.Target);
                json.WriteString("message", detail.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
