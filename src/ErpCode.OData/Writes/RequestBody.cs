using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using Microsoft.Net.Http.Headers;

namespace ErpCode.OData.Writes;

/// <summary>Reads a request body into memory: JSON only (415 otherwise; a multipart batch reads any), at most <c>OData:MaxRequestBodyBytes</c> (413 beyond).</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when the request has none and <paramref name="required"/> is false.</summary>
    public static async Task<MemoryStream?> ReadAsync(ODataCall call, bool required)
    {
        var request = call.Http.Request;
        var buffer = await ReadAnyAsync(call);
        if (buffer.Length == 0)
        {
            await buffer.DisposeAsync();
            return required ? throw ODataRequestException.BadPayload("This request needs a JSON body.") : null;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await buffer.DisposeAsync();
            throw new ODataRequestException(
                StatusCodes.Status415UnsupportedMediaType,
                ODataErrorCodes.UnsupportedMediaType,
                $"The body must be JSON (Content-Type: application/json), not '{request.ContentType}'.",
                HeaderNames.ContentType);
        }

        return buffer;
    }

    /// <summary>The body whatever its content type (a multipart batch), possibly empty, positioned at its start.</summary>
    public static async Task<MemoryStream> ReadAnyAsync(ODataCall call)
    {
        var request = call.Http.Request;
        var max = call.Options.MaxRequestBodyBytes;
        if (request.ContentLength > max)
        {
            throw TooLarge(max);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, call.Aborted)) > 0)
        {
            if (buffer.Length + read > max)
            {
                await buffer.DisposeAsync();
                throw TooLarge(max);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static ODataRequestException TooLarge(int max) =>
        new(StatusCodes.Status413PayloadTooLarge, ODataErrorCodes.PayloadTooLarge, $"The body is larger than {max} bytes (OData:MaxRequestBodyBytes).", "body");
}
