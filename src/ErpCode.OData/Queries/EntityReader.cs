using ErpCode.Core.Documents;
using ErpCode.OData.Routing;
using ErpCode.OData.Serialization;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Queries;

/// <summary><c>GET /odata/{set}('id')</c>: the document, as far as the caller may see it (404 otherwise), with its ETag.</summary>
internal sealed class EntityReader(DocumentService documents)
{
    private static readonly string[] CollectionOptions = ["$filter", "$orderby", "$top", "$skip", "$count", "$skiptoken"];

    public async Task GetAsync(ODataCall call, IEdmEntitySet set, string id)
    {
        var options = QueryOptions.Parse(call.Parser);
        if (CollectionOptions.FirstOrDefault(call.Http.Request.Query.ContainsKey) is { } misplaced)
        {
            throw Errors.ODataRequestException.BadQuery(misplaced, $"{misplaced} applies to collections; a single entity takes only $select.");
        }

        var document = await documents.GetAsync(set.EntityType.Name, id, call.Caller, call.Aborted);
        await WriteEntityAsync(call, set, document, StatusCodes.Status200OK, Selection.From(options.Select), options.Select);
    }

    /// <summary>Answers with one entity and its ETag header.</summary>
    public static async Task WriteEntityAsync(ODataCall call, IEdmEntitySet set, BusinessDocument document, int status, Selection selection, Microsoft.OData.UriParser.SelectExpandClause? select = null)
    {
        call.Http.Response.Headers.ETag = Writes.EntityTags.Format(document.Version);
        await ODataResponder.WriteAsync(call, status, new ODataUri { ServiceRoot = call.ServiceRoot, SelectAndExpand = select }, messageWriter =>
        {
            var writer = messageWriter.CreateODataResourceWriter(set, set.EntityType);
            EntitySerializer.Write(writer, set.EntityType, document, selection);
            writer.Flush();
        });
    }
}
