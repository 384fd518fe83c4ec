using Microsoft.OData;

namespace ErpCode.OData.Serialization;

/// <summary>
/// An OData message over a buffer: request bodies are read into memory (bounded by <c>OData:MaxRequestBodyBytes</c>)
/// and responses (bounded by the page size) are written to memory, then copied to the connection asynchronously.
/// </summary>
internal sealed class BufferedMessage(Stream stream) : IODataRequestMessage, IODataResponseMessage
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

    public Uri Url { get; set; } = new("http://localhost/");

    public string Method { get; set; } = "GET";

    public int StatusCode { get; set; } = 200;

    public string? GetHeader(string headerName) => _headers.GetValueOrDefault(headerName);

    public void SetHeader(string headerName, string headerValue)
    {
        if (headerValue is null)
        {
            _headers.Remove(headerName);
        }
        else
        {
            _headers[headerName] = headerValue;
        }
    }

    public Stream GetStream() => stream;

    /// <summary>Sends what was written to the buffer as the HTTP response: <paramref name="status"/>, the message's headers, OData-Version 4.0, the body.</summary>
    public async Task SendAsync(HttpResponse response, int status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = status;
        foreach (var (name, value) in _headers)
        {
            response.Headers[name] = value;
        }

        response.Headers["OData-Version"] = "4.0";
        response.ContentLength = stream.Length;
        stream.Position = 0;
        await stream.CopyToAsync(response.Body, cancellationToken);
    }
}
