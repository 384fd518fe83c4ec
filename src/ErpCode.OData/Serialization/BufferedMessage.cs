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
}
