using ErpCode.Core.Documents;
using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using ErpCode.OData.Writes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace ErpCode.OData.Batch;

/// <summary>
/// <c>POST /odata/$batch</c>, in the JSON batch format (<c>application/json</c>) or the multipart one
/// (<c>multipart/mixed</c>), answered in the format it came in. Each request runs in order through the same pipeline as
/// a request of its own (same caller, the model the batch started with). A change set (JSON <c>atomicityGroup</c>,
/// multipart change set) of several requests runs in one unit of work of the document service: all its requests
/// commit together, or the first failure rolls them all back and is the change set's only answer. A request whose
/// dependency failed answers 424. <c>$1</c> at the start of a URL stands for the entity request <c>1</c> created or
/// answered with.
/// </summary>
internal sealed class BatchHandler(IServiceProvider services, DocumentService documents)
{
    public async Task ExecuteAsync(ODataCall call)
    {
        var multipart = MediaTypeHeaderValue.TryParse(call.Http.Request.ContentType, out var type) && type.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase);
        List<BatchRequest> requests;
        if (multipart)
        {
            using var body = await RequestBody.ReadAnyAsync(call);
            requests = MultipartBatchReader.Read(call, body, call.Options.MaxBatchRequests);
        }
        else
        {
            using var body = await RequestBody.ReadAsync(call, required: true);
            requests = JsonBatchReader.Read(body!, call.Options.MaxBatchRequests);
        }

        CheckChangeSets(call, requests);
        var runner = new BatchRunner(call, services.GetRequiredService<ODataEndpoint>(), documents);
        var responses = await runner.RunAsync(requests);
        if (multipart)
        {
            await MultipartBatchWriter.WriteAsync(call, responses);
        }
        else
        {
            await JsonBatchWriter.WriteAsync(call, responses);
        }
    }

    /// <summary>
    /// Refuses, before anything runs, a change set of several requests that writes to a system entity set: those
    /// commit through their own services, which cannot join the document service's unit of work.
    /// </summary>
    private static void CheckChangeSets(ODataCall call, List<BatchRequest> requests)
    {
        foreach (var group in requests.Where(r => r.AtomicityGroup is not null).GroupBy(r => r.AtomicityGroup!))
        {
            if (group.Count() < 2)
            {
                continue;
            }

            foreach (var request in group.Where(r => r.IsWrite))
            {
                var set = BatchRunner.FirstSegment(call, request.Url);
                if (call.Model.SystemSets.ContainsKey(set))
                {
                    throw new ODataRequestException(
                        StatusCodes.Status400BadRequest,
                        ODataErrorCodes.InvalidPayload,
                        $"Request '{request.Id}' of the change set '{group.Key}' writes to {set}, a system entity set: its changes commit on their own and cannot join a change set with other requests. Send it alone (or in a change set of its own); nothing of this batch was run.",
                        "$batch");
                }
            }
        }
    }
}
