using System.Xml;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace ErpCode.OData.Tests.Support;

/// <summary>Reads responses the way a strict OData client does: Microsoft.OData.Core's message reader against the served $metadata.</summary>
internal static class ODataClientReader
{
    public static async Task<IEdmModel> MetadataAsync(ODataTestSite site)
    {
        using var response = await site.GetAsync("/odata/$metadata");
        using var reader = XmlReader.Create(new StringReader(await response.Content.ReadAsStringAsync(ODataTestSite.Ct)));
        return CsdlReader.Parse(reader);
    }

    /// <summary>The entities of a collection response, each as its properties by name (primitive values only).</summary>
    public static async Task<List<Dictionary<string, object?>>> ReadFeedAsync(IEdmModel model, string entitySet, HttpResponseMessage response)
    {
        var set = model.EntityContainer.FindEntitySet(entitySet);
        using var message = await MessageAsync(response);
        using var messageReader = new ODataMessageReader((IODataResponseMessage)message, new ODataMessageReaderSettings { EnableMessageStreamDisposal = true }, model);
        var reader = messageReader.CreateODataResourceSetReader(set, set.EntityType);
        var entities = new List<Dictionary<string, object?>>();
        var depth = 0;
        while (reader.Read())
        {
            switch (reader.State)
            {
                case ODataReaderState.ResourceStart:
                    depth++;
                    break;
                case ODataReaderState.ResourceEnd:
                    depth--;
                    if (depth == 0 && reader.Item is ODataResource resource)
                    {
                        var values = resource.Properties.OfType<ODataProperty>().ToDictionary(p => p.Name, p => (object?)p.Value);
                        values["@odata.etag"] = resource.ETag;
                        entities.Add(values);
                    }

                    break;
            }
        }

        return entities;
    }

    public static async Task<Dictionary<string, object?>> ReadEntityAsync(IEdmModel model, string entitySet, HttpResponseMessage response)
    {
        var set = model.EntityContainer.FindEntitySet(entitySet);
        using var message = await MessageAsync(response);
        using var messageReader = new ODataMessageReader((IODataResponseMessage)message, new ODataMessageReaderSettings { EnableMessageStreamDisposal = true }, model);
        var reader = messageReader.CreateODataResourceReader(set, set.EntityType);
        ODataResource? top = null;
        var depth = 0;
        while (reader.Read())
        {
            if (reader.State == ODataReaderState.ResourceStart)
            {
                depth++;
            }
            else if (reader.State == ODataReaderState.ResourceEnd && --depth == 0)
            {
                top = (ODataResource)reader.Item;
            }
        }

        var values = top!.Properties.OfType<ODataProperty>().ToDictionary(p => p.Name, p => (object?)p.Value);
        values["@odata.etag"] = top.ETag;
        return values;
    }

    private static async Task<ResponseMessage> MessageAsync(HttpResponseMessage response)
    {
        var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync(ODataTestSite.Ct));
        var message = new ResponseMessage(body) { StatusCode = (int)response.StatusCode };
        foreach (var header in response.Headers.Concat(response.Content.Headers))
        {
            message.SetHeader(header.Key, string.Join(",", header.Value));
        }

        return message;
    }

    private sealed class ResponseMessage(Stream body) : IODataResponseMessage, IDisposable
    {
        private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

        public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

        public int StatusCode { get; set; }

        public string? GetHeader(string headerName) => _headers.GetValueOrDefault(headerName);

        public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

        public Stream GetStream() => body;

        public void Dispose() => body.Dispose();
    }
}
