using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using Microsoft.Net.Http.Headers;
using Microsoft.OData;

namespace ErpCode.OData.Serialization;

/// <summary>Writes a successful OData answer with the request's model, in the format its Accept header (or <c>$format</c>) negotiates.</summary>
internal static class ODataResponder
{
    public static async Task WriteAsync(ODataCall call, int status, ODataUri? uri, Action<ODataMessageWriter> write)
    {
        using var buffer = new MemoryStream();
        var message = new BufferedMessage(buffer) { StatusCode = status };
        var settings = new ODataMessageWriterSettings
        {
            BaseUri = call.ServiceRoot,
            ODataUri = uri ?? new ODataUri { ServiceRoot = call.ServiceRoot },
            Version = ODataVersion.V4,
            EnableMessageStreamDisposal = false,
        };
        var request = call.Http.Request;
        var accept = request.Query["$format"].ToString() switch
        {
            "" => request.Headers.Accept.ToString(),
            "json" => "application/json",
            "xml" => "application/xml",
            var other => other,
        };
        settings.SetContentType(accept.Length == 0 ? null : accept, request.Headers.AcceptCharset.ToString() is { Length: > 0 } charset ? charset : null);
        try
        {
            using var writer = new ODataMessageWriter((IODataResponseMessage)message, settings, call.Model.Edm);
            write(writer);
        }
        catch (ODataContentTypeException ex)
        {
            throw new ODataRequestException(StatusCodes.Status406NotAcceptable, ODataErrorCodes.NotAcceptable, $"The response cannot be given in the format asked for: {ex.Message}", request.Query.ContainsKey("$format") ? "$format" : HeaderNames.Accept, ex);
        }

        await message.SendAsync(call.Http.Response, status, call.Aborted);
    }
}
