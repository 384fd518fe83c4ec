using ErpCode.OData.Routing;
using ErpCode.OData.Serialization;
using Microsoft.OData;

namespace ErpCode.OData.Batch;

/// <summary>
/// Writes the answers of a multipart batch with ODL's batch writer: the answers of a committed change set inside a
/// change set of their own, the one answer of a failed change set in its place.
/// </summary>
internal static class MultipartBatchWriter
{
    public static async Task WriteAsync(ODataCall call, List<BatchResponse> responses)
    {
        using var buffer = new MemoryStream();
        var message = new BufferedMessage(buffer) { StatusCode = StatusCodes.Status200OK };
        var settings = new ODataMessageWriterSettings { BaseUri = call.ServiceRoot, Version = ODataVersion.V4, EnableMessageStreamDisposal = false };
        settings.SetContentType(ODataFormat.Batch);
        using (var writer = new ODataMessageWriter((IODataResponseMessage)message, settings))
        {
            var batch = writer.CreateODataBatchWriter();
            batch.WriteStartBatch();
            for (var i = 0; i < responses.Count;)
            {
                var group = responses[i].AtomicityGroup is { } name ? responses.Skip(i).TakeWhile(r => r.AtomicityGroup == name).ToList() : [responses[i]];
                i += group.Count;

                // A failed change set has one answer, with a failure status: it stands in place of the change set.
                var changeSet = group[0].AtomicityGroup is not null && group[0].Status < 400;
                if (changeSet)
                {
                    batch.WriteStartChangeset();
                }

                foreach (var response in group)
                {
                    Write(batch, response, changeSet);
                }

                if (changeSet)
                {
                    batch.WriteEndChangeset();
                }
            }

            batch.WriteEndBatch();
            batch.Flush();
        }

        await message.SendAsync(call.Http.Response, StatusCodes.Status200OK, call.Aborted);
    }

    private static void Write(ODataBatchWriter batch, BatchResponse response, bool inChangeSet)
    {
        var operation = batch.CreateOperationResponseMessage(inChangeSet || !response.Id.StartsWith('#') ? response.Id : null);
        operation.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            operation.SetHeader(name, value);
        }

        using var stream = operation.GetStream();
        stream.Write(response.Body);
    }
}
