using System.Text;
using System.Text.Json;
using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using ErpCode.OData.Writes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace ErpCode.OData.Batch;

/// <summary>
/// <c>POST /odata/$batch</c> in the JSON batch format: each request runs in order through the same pipeline as a
/// request of its own (same caller), its answer collected into <c>{"responses": [...]}</c>. A request whose
/// dependency failed answers 424. Change sets (<c>atomicityGroup</c>) with more than one write are refused with
/// 501 before anything runs: the document service commits each write in its own transaction and cannot join
/// several requests into one, so such a set could not be all-or-nothing. Multipart batches are 501 too. Every request
/// of the batch runs on the model the batch started with.
/// </summary>
internal sealed class BatchHandler(IServiceProvider services)
{
    public async Task ExecuteAsync(ODataCall call)
    {
        if (MediaTypeHeaderValue.TryParse(call.Http.Request.ContentType, out var type) && type.MediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            throw new ODataRequestException(StatusCodes.Status501NotImplemented, ODataErrorCodes.NotImplemented, "Multipart $batch is not supported; send the JSON batch format (Content-Type: application/json).", "$batch");
        }

        using var body = await RequestBody.ReadAsync(call, required: true);
        var requests = BatchReader.Read(body!, call.Options.MaxBatchRequests);
        foreach (var group in requests.Where(r => r.AtomicityGroup is not null).GroupBy(r => r.AtomicityGroup))
        {
            var writes = group.Count(r => r.IsWrite);
            if (writes > 1)
            {
                throw new ODataRequestException(
                    StatusCodes.Status501NotImplemented,
                    ODataErrorCodes.NotImplemented,
                    $"The change set '{group.Key}' holds {writes} writes; ErpCode commits each write on its own and cannot make several all-or-nothing yet. Send each write in a change set of its own (or none); nothing of this batch was run.",
                    "$batch");
            }
        }

        var endpoint = services.GetRequiredService<ODataEndpoint>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        using var output = new MemoryStream();
        await using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteStartArray("responses");
            foreach (var request in requests)
            {
                var status = request.DependsOn.Any(failed.Contains)
                    ? WriteFailedDependency(json, request)
                    : await RunAsync(call, endpoint, request, json);
                if (status >= 400)
                {
                    failed.Add(request.Id);
                    if (request.AtomicityGroup is not null)
                    {
                        failed.Add(request.AtomicityGroup);
                    }
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var response = call.Http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; odata.metadata=minimal; charset=utf-8";
        response.Headers["OData-Version"] = "4.0";
        response.ContentLength = output.Length;
        output.Position = 0;
        await output.CopyToAsync(response.Body, call.Aborted);
    }

    private static async Task<int> RunAsync(ODataCall call, ODataEndpoint endpoint, BatchRequest request, Utf8JsonWriter json)
    {
        var sub = new DefaultHttpContext { RequestServices = call.Http.RequestServices, User = call.Http.User };
        sub.Items[ODataEndpoint.PinnedModelKey] = call.Model;
        sub.Connection.RemoteIpAddress = call.Http.Connection.RemoteIpAddress;
        var target = Target(call, request.Url);
        var question = target.IndexOf('?', StringComparison.Ordinal);
        sub.Request.Method = request.Method;
        sub.Request.Scheme = call.Http.Request.Scheme;
        sub.Request.Host = call.Http.Request.Host;
        sub.Request.PathBase = call.Http.Request.PathBase;
        sub.Request.Path = new PathString(question < 0 ? target : target[..question]);
        sub.Request.QueryString = question < 0 ? QueryString.Empty : new QueryString(target[question..]);
        foreach (var (name, value) in request.Headers)
        {
            sub.Request.Headers[name] = value;
        }

        if (request.Body is { } content)
        {
            var bytes = Encoding.UTF8.GetBytes(content.GetRawText());
            sub.Request.Body = new MemoryStream(bytes);
            sub.Request.ContentLength = bytes.Length;
            sub.Request.ContentType ??= "application/json";
        }

        using var answer = new MemoryStream();
        sub.Response.Body = answer;
        sub.RequestAborted = call.Aborted;
        if (sub.Request.Path.Value!.EndsWith("/$batch", StringComparison.Ordinal))
        {
            await ODataErrorWriter.WriteAsync(sub, new ODataErrorResponse(StatusCodes.Status400BadRequest, ODataErrorCodes.InvalidPayload, "A batch cannot contain another $batch.", "$batch"));
        }
        else
        {
            await endpoint.HandleAsync(sub);
        }

        WriteResponse(json, request.Id, sub.Response, answer);
        return sub.Response.StatusCode;
    }

    /// <summary>The absolute path of a batch URL: relative to <c>/odata/</c>, or already under it.</summary>
    private static string Target(ODataCall call, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            if (!call.ServiceRoot.IsBaseOf(absolute))
            {
                throw ODataRequestException.BadPayload($"The batch URL '{url}' is not under the service root {call.ServiceRoot}.", "$batch");
            }

            return absolute.PathAndQuery;
        }

        var root = call.ServiceRoot.AbsolutePath;
        return url.StartsWith('/') ? url : root + url;
    }

    private static void WriteResponse(Utf8JsonWriter json, string id, HttpResponse response, MemoryStream answer)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteNumber("status", response.StatusCode);
        json.WriteStartObject("headers");
        foreach (var name in new[] { HeaderNames.ContentType, HeaderNames.ETag, HeaderNames.Location, "OData-EntityId", "Preference-Applied" })
        {
            if (response.Headers.TryGetValue(name, out var value) && value.Count > 0)
            {
                json.WriteString(name.ToLowerInvariant(), value.ToString());
            }
        }

        json.WriteEndObject();
        if (answer.Length > 0)
        {
            var isJson = response.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true;
            if (isJson)
            {
                json.WritePropertyName("body");
                using var document = JsonDocument.Parse(answer.ToArray());
                document.RootElement.WriteTo(json);
            }
            else
            {
                // $metadata (XML) and $count (text) are carried as a string, so the batch stays valid JSON.
                json.WriteString("body", Encoding.UTF8.GetString(answer.ToArray()));
            }
        }

        json.WriteEndObject();
    }

    private static int WriteFailedDependency(Utf8JsonWriter json, BatchRequest request)
    {
        json.WriteStartObject();
        json.WriteString("id", request.Id);
        json.WriteNumber("status", StatusCodes.Status424FailedDependency);
        json.WriteStartObject("body");
        json.WriteStartObject("error");
        json.WriteString("code", ODataErrorCodes.FailedDependency);
        json.WriteString("message", $"Request '{request.Id}' was not run: a request it depends on ({string.Join(", ", request.DependsOn)}) failed.");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        return StatusCodes.Status424FailedDependency;
    }
}
