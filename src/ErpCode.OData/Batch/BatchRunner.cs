using ErpCode.Core.Documents;
using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using Microsoft.Net.Http.Headers;

namespace ErpCode.OData.Batch;

/// <summary>
/// Runs the requests of one batch in order, each as a request of its own on the batch's model and caller; a change
/// set of several requests in one unit of work of the document service. Keeps, by request id, the address of the
/// entity each request created or answered with, for the <c>$id</c> references of later requests.
/// </summary>
internal sealed class BatchRunner(ODataCall call, ODataEndpoint endpoint, DocumentService documents)
{
    private static readonly string[] KeptHeaders = [HeaderNames.ContentType, HeaderNames.ETag, HeaderNames.Location, "OData-EntityId", "OData-Version", "Preference-Applied"];

    private readonly Dictionary<string, string> _addresses = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);

    public async Task<List<BatchResponse>> RunAsync(List<BatchRequest> requests)
    {
        var responses = new List<BatchResponse>();
        for (var i = 0; i < requests.Count;)
        {
            var request = requests[i];
            var group = request.AtomicityGroup is { } name ? requests.Skip(i).TakeWhile(r => r.AtomicityGroup == name).ToList() : [request];
            i += group.Count;
            if (group.FirstOrDefault(r => r.DependsOn.Any(_failed.Contains)) is { } blocked)
            {
                responses.Add(FailedDependency(blocked));
                Fail(group);
            }
            else if (group.Count == 1)
            {
                var response = await RunAsync(request);
                responses.Add(response);
                if (response.Status >= 400)
                {
                    Fail(group);
                }
            }
            else
            {
                responses.AddRange(await RunChangeSetAsync(group));
            }
        }

        return responses;
    }

    /// <summary>The first path segment of a batch URL relative to the service root (an entity set, <c>$metadata</c>, <c>$1</c>…).</summary>
    public static string FirstSegment(ODataCall call, string url)
    {
        var relative = Relative(call, url);
        var end = relative.IndexOfAny(['/', '(', '?']);
        return end < 0 ? relative : relative[..end];
    }

    private async Task<List<BatchResponse>> RunChangeSetAsync(List<BatchRequest> group)
    {
        try
        {
            return await documents.InTransactionAsync(
                async () =>
                {
                    var answered = new List<BatchResponse>();
                    foreach (var request in group)
                    {
                        var response = await RunAsync(request);
                        if (response.Status >= 400)
                        {
                            throw new ChangeSetFailedException(response);
                        }

                        answered.Add(response);
                    }

                    return answered;
                },
                call.Aborted);
        }
        catch (ChangeSetFailedException failed)
        {
            Fail(group);
            return [BatchResponses.NameFailedRequest(failed.Response, group.Count)];
        }
        catch (Exception ex) when (ErrorMapper.Map(ex, ifMatchGiven: false) is { } error)
        {
            // The requests all succeeded but the commit did not (the store was busy or went away).
            Fail(group);
            return [BatchResponses.Error(group[^1].Id, group[^1].AtomicityGroup, error)];
        }
    }

    /// <summary>Marks the requests of a failed change set failed, and forgets the entities they created: they were rolled back.</summary>
    private void Fail(List<BatchRequest> group)
    {
        foreach (var request in group)
        {
            _failed.Add(request.Id);
            _addresses.Remove(request.Id);
        }

        if (group[0].AtomicityGroup is { } name)
        {
            _failed.Add(name);
        }
    }

    private async Task<BatchResponse> RunAsync(BatchRequest request)
    {
        var sub = new DefaultHttpContext { RequestServices = call.Http.RequestServices, User = call.Http.User };
        sub.Items[ODataEndpoint.PinnedModelKey] = call.Model;
        sub.Connection.RemoteIpAddress = call.Http.Connection.RemoteIpAddress;
        var target = Target(request.Url);
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
            sub.Request.Body = new MemoryStream(content);
            sub.Request.ContentLength = content.Length;
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

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in KeptHeaders)
        {
            if (sub.Response.Headers.TryGetValue(name, out var value) && value.Count > 0)
            {
                headers[name] = value.ToString();
            }
        }

        var response = new BatchResponse(request.Id, request.AtomicityGroup, sub.Response.StatusCode, headers, answer.ToArray());
        if (response.Status < 400 && response.EntityAddress is { } address)
        {
            _addresses[request.Id] = address;
        }

        return response;
    }

    /// <summary>The absolute path of a batch URL: relative to <c>/odata/</c>, absolute, or starting with <c>$id</c> of an earlier request.</summary>
    private string Target(string url)
    {
        var relative = Relative(call, url);
        if (relative.StartsWith('$'))
        {
            var end = relative.IndexOfAny(['/', '?']);
            var id = end < 0 ? relative[1..] : relative[1..end];
            if (_addresses.TryGetValue(id, out var address))
            {
                return new Uri(address).AbsolutePath + (end < 0 ? string.Empty : relative[end..]);
            }
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.PathAndQuery;
        }

        return url.StartsWith('/') ? url : call.ServiceRoot.AbsolutePath + url;
    }

    /// <summary>A batch URL relative to the service root; one outside it is refused.</summary>
    private static string Relative(ODataCall call, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            if (!call.ServiceRoot.IsBaseOf(absolute))
            {
                throw ODataRequestException.BadPayload($"The batch URL '{url}' is not under the service root {call.ServiceRoot}.", "$batch");
            }

            var path = absolute.PathAndQuery;
            var rootPath = call.ServiceRoot.AbsolutePath;
            return path.StartsWith(rootPath, StringComparison.Ordinal) ? Uri.UnescapeDataString(path[rootPath.Length..]) : string.Empty;
        }

        var root = call.ServiceRoot.AbsolutePath;
        return url.StartsWith(root, StringComparison.Ordinal) ? url[root.Length..] : url.TrimStart('/');
    }

    private static BatchResponse FailedDependency(BatchRequest request) =>
        BatchResponses.Error(request.Id, request.AtomicityGroup, new ODataErrorResponse(
            StatusCodes.Status424FailedDependency,
            ODataErrorCodes.FailedDependency,
            $"Request '{request.Id}' was not run: a request it depends on ({string.Join(", ", request.DependsOn)}) failed."));
}
