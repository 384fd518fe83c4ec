using ErpCode.Core.Documents;
using ErpCode.OData.Expansion;
using ErpCode.OData.Routing;
using ErpCode.OData.Serialization;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;

namespace ErpCode.OData.Queries;

/// <summary><c>GET /odata/{set}('id')</c>: the document, as far as the caller may see it (404 otherwise), with its ETag.</summary>
internal sealed class EntityReader(DocumentService documents, Expander expander)
{
    private static readonly string[] CollectionOptions = ["$filter", "$search", "$orderby", "$top", "$skip", "$count", "$skiptoken"];

    public async Task GetAsync(ODataCall call, IEdmEntitySet set, string id)
    {
        var options = QueryOptions.Parse(call);
        if (CollectionOptions.FirstOrDefault(call.Http.Request.Query.ContainsKey) is { } misplaced)
        {
            throw Errors.ODataRequestException.BadQuery(misplaced, $"{misplaced} applies to collections; a single entity takes only $select and $expand.");
        }

        var document = await documents.GetAsync(set.EntityType.Name, id, call.Caller, call.Aborted);
        var entity = (await expander.ExpandAsync(call, set.EntityType, [document], options.Select))[0];
        await WriteEntityAsync(call, set, entity, StatusCodes.Status200OK, options.Select);
    }

    /// <summary>Answers with one entity and its ETag header.</summary>
    public static Task WriteEntityAsync(ODataCall call, IEdmEntitySet set, BusinessDocument document, int status, Selection selection) =>
        WriteEntityAsync(call, set, Expander.Root(set.EntityType, document, selection), status, null);

    /// <summary>Answers with one entity (and what <c>$expand</c> followed from it) and its ETag header.</summary>
    public static async Task WriteEntityAsync(ODataCall call, IEdmEntitySet set, ExpandedEntity entity, int status, SelectExpandClause? select)
    {
        if (entity.Version is { } version)
        {
            call.Http.Response.Headers.ETag = Writes.EntityTags.Format(version);
        }

        // ODL needs the entity's own path to write contained children (their context is the parent's address).
        var id = entity.Body.TryGet(SystemProperties.Id, out var key) && key is StringValue text ? text.Value : string.Empty;
        var path = new ODataPath(new EntitySetSegment(set), new KeySegment([new KeyValuePair<string, object>(SystemProperties.Id, id)], set.EntityType, set));
        await ODataResponder.WriteAsync(call, status, new ODataUri { ServiceRoot = call.ServiceRoot, Path = path, SelectAndExpand = select }, messageWriter =>
        {
            var writer = messageWriter.CreateODataResourceWriter(set, set.EntityType);
            EntitySerializer.Write(writer, entity);
            writer.Flush();
        });
    }
}
