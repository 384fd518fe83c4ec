using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using ErpCode.OData.Serialization;
using Microsoft.OData;

namespace ErpCode.OData.Batch;

/// <summary>
/// Reads a multipart/mixed <c>$batch</c> (OData v4) with ODL's batch reader: each operation with its
/// <c>Content-ID</c> (or its position, when it has none), each change set as an atomicity group of its own.
/// </summary>
internal static class MultipartBatchReader
{
    public static List<BatchRequest> Read(ODataCall call, MemoryStream body, int max)
    {
        var message = new BufferedMessage(body) { Method = "POST", Url = new Uri(call.ServiceRoot, "$batch") };
        message.SetHeader("Content-Type", call.Http.Request.ContentType!);
        var settings = new ODataMessageReaderSettings { BaseUri = call.ServiceRoot, EnableMessageStreamDisposal = false, MaxProtocolVersion = ODataVersion.V4 };
        settings.MessageQuotas.MaxPartsPerBatch = max;
        settings.MessageQuotas.MaxOperationsPerChangeset = max;
        var read = new List<BatchRequest>();
        try
        {
            using var messageReader = new ODataMessageReader((IODataRequestMessage)message, settings, call.Model.Edm);
            var reader = messageReader.CreateODataBatchReader();
            string? changeSet = null;
            var changeSets = 0;
            while (reader.Read())
            {
                switch (reader.State)
                {
                    case ODataBatchReaderState.ChangesetStart:
                        changeSet = $"changeset{++changeSets}";
                        break;
                    case ODataBatchReaderState.ChangesetEnd:
                        changeSet = null;
                        break;
                    case ODataBatchReaderState.Operation:
                        if (read.Count == max)
                        {
                            throw ODataRequestException.BadPayload($"A batch holds at most {max} requests (OData:MaxBatchRequests).", "$batch");
                        }

                        read.Add(Operation(reader.CreateOperationRequestMessage(), changeSet, read));
                        break;
                }
            }
        }
        catch (ODataException ex)
        {
            throw ODataRequestException.BadPayload($"The multipart batch is not valid: {ex.Message}", "$batch", ex);
        }

        return read;
    }

    private static BatchRequest Operation(ODataBatchOperationRequestMessage operation, string? changeSet, List<BatchRequest> earlier)
    {
        var id = operation.ContentId is { Length: > 0 } contentId ? contentId : $"#{earlier.Count + 1}";
        if (earlier.Any(r => r.Id == id))
        {
            throw ODataRequestException.BadPayload($"The Content-ID '{id}' is used by two requests of the batch.", "$batch");
        }

        var method = operation.Method.ToUpperInvariant();
        if (method is not ("GET" or "POST" or "PATCH" or "PUT" or "DELETE"))
        {
            throw ODataRequestException.BadPayload($"Request '{id}' of the batch needs a method among GET, POST, PATCH, PUT, DELETE, not {operation.Method}.", "$batch");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in operation.Headers)
        {
            headers[name] = value;
        }

        using var stream = operation.GetStream();
        using var content = new MemoryStream();
        stream.CopyTo(content);
        var url = operation.Url.IsAbsoluteUri ? operation.Url.AbsoluteUri : operation.Url.OriginalString;
        return new BatchRequest(id, method, url, headers, content.Length == 0 ? null : content.ToArray(), changeSet, []);
    }
}
