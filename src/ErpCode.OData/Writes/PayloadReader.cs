using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using ErpCode.OData.Serialization;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Writes;

/// <summary>
/// Reads an entity payload with ODL against the request's model (unknown properties and wrong types are refused with
/// ODL's message) into the document value the document service takes: contained children and money values nested.
/// </summary>
internal static class PayloadReader
{
    public static DocumentValue ReadEntity(ODataCall call, MemoryStream body, IEdmEntitySet set)
    {
        using var reader = Reader(call, body);
        try
        {
            return Read(reader.CreateODataResourceReader(set, set.EntityType));
        }
        catch (ODataException ex)
        {
            throw ODataRequestException.BadPayload($"The body is not a valid {set.EntityType.Name}: {ex.Message}", inner: ex);
        }
    }

    public static ODataMessageReader Reader(ODataCall call, MemoryStream body)
    {
        var message = new BufferedMessage(body) { Method = call.Http.Request.Method, Url = call.ServiceRoot };
        message.SetHeader("Content-Type", call.Http.Request.ContentType!);
        var settings = new ODataMessageReaderSettings
        {
            BaseUri = call.ServiceRoot,
            EnableMessageStreamDisposal = false,
            MaxProtocolVersion = ODataVersion.V4,
        };
        settings.MessageQuotas.MaxNestingDepth = 32;
        return new ODataMessageReader((IODataRequestMessage)message, settings, call.Model.Edm);
    }

    private static DocumentValue Read(ODataReader reader)
    {
        var stack = new Stack<Frame>();
        DocumentValue? root = null;
        while (reader.Read())
        {
            switch (reader.State)
            {
                case ODataReaderState.ResourceStart:
                    stack.Push(new ResourceFrame());
                    break;
                case ODataReaderState.ResourceEnd:
                    var frame = (ResourceFrame)stack.Pop();
                    DocValue value = reader.Item is ODataResource resource ? Build(resource, frame.Nested) : DocValue.Null;
                    if (stack.Count == 0)
                    {
                        root = value as DocumentValue;
                    }
                    else
                    {
                        ((NestedFrame)stack.Peek()).Items.Add(value);
                    }

                    break;
                case ODataReaderState.NestedResourceInfoStart:
                    stack.Push(new NestedFrame(((ODataNestedResourceInfo)reader.Item).Name));
                    break;
                case ODataReaderState.ResourceSetStart when stack.Count > 0 && stack.Peek() is NestedFrame nested:
                    nested.IsCollection = true;
                    break;
                case ODataReaderState.NestedResourceInfoEnd:
                    var info = (NestedFrame)stack.Pop();
                    var parent = (ResourceFrame)stack.Peek();
                    parent.Nested.Add(new(info.Name, info.IsCollection ? new ArrayValue(info.Items) : info.Items.FirstOrDefault() ?? DocValue.Null));
                    break;
                case ODataReaderState.EntityReferenceLink:
                    throw ODataRequestException.BadPayload("References are given by the target's id in the reference property (such as \"Customer\": \"P-1\"), not with @odata.bind.");
            }
        }

        return root ?? throw ODataRequestException.BadPayload("The body holds no entity.");
    }

    private static DocumentValue Build(ODataResource resource, List<KeyValuePair<string, DocValue>> nested)
    {
        var fields = new List<KeyValuePair<string, DocValue>>();
        foreach (var property in resource.Properties.OfType<ODataProperty>())
        {
            // The version is the ETag, not a property of the body: clients may send it back with the rest.
            if (property.Name != SystemProperties.Version)
            {
                fields.Add(new(property.Name, ValueConverter.FromOData(property.Value, property.Name)));
            }
        }

        fields.AddRange(nested);
        return DocumentValue.Create(fields);
    }

    private abstract class Frame;

    private sealed class ResourceFrame : Frame
    {
        public List<KeyValuePair<string, DocValue>> Nested { get; } = [];
    }

    private sealed class NestedFrame(string name) : Frame
    {
        public string Name { get; } = name;

        public bool IsCollection { get; set; }

        public List<DocValue> Items { get; } = [];
    }
}
