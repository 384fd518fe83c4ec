using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.OData.Queries;
using ErpCode.OData.Routing;
using ErpCode.OData.Serialization;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Vocabularies;
using Microsoft.OData.Edm.Vocabularies.V1;

namespace ErpCode.OData.Writes;

/// <summary>
/// POST, PATCH, PUT and DELETE through the document service. The version written against is the one <c>If-Match</c>
/// names (a stale one is 412); without <c>If-Match</c> it is the current one, read just before, so a client that
/// does not do optimistic concurrency still gets a 409 instead of overwriting a change made in between.
/// </summary>
internal sealed class EntityWrites(DocumentService documents)
{
    public async Task CreateAsync(ODataCall call, IEdmEntitySet set)
    {
        using var body = await RequestBody.ReadAsync(call, required: true);
        var input = PayloadReader.ReadEntity(call, body!, set);
        var created = await documents.CreateAsync(set.EntityType.Name, input, call.Caller, call.Aborted);
        call.Http.Response.Headers.Location = EntityAddress(call, set, created.Id).AbsoluteUri;
        await AnswerAsync(call, set, created, StatusCodes.Status201Created);
    }

    /// <summary>PATCH changes the given properties; PUT (<paramref name="replace"/>) also clears every writable property and child list not given.</summary>
    public async Task UpdateAsync(ODataCall call, IEdmEntitySet set, string id, bool replace)
    {
        using var body = await RequestBody.ReadAsync(call, required: true);
        var changes = PayloadReader.ReadEntity(call, body!, set);
        if (replace)
        {
            changes = Completed(call.Model.Edm, set.EntityType, changes);
        }

        var version = await VersionAsync(call, set, id);
        var updated = await documents.UpdateAsync(set.EntityType.Name, id, version, changes, call.Caller, call.Aborted);
        await AnswerAsync(call, set, updated, StatusCodes.Status200OK);
    }

    public async Task DeleteAsync(ODataCall call, IEdmEntitySet set, string id)
    {
        var version = await VersionAsync(call, set, id);
        await documents.DeleteAsync(set.EntityType.Name, id, version, call.Caller, call.Aborted);
        call.Http.Response.StatusCode = StatusCodes.Status204NoContent;
        call.Http.Response.Headers["OData-Version"] = "4.0";
    }

    /// <summary>The version <c>If-Match</c> names, or the current one (404 when the caller cannot see the document).</summary>
    public async Task<long> VersionAsync(ODataCall call, IEdmEntitySet set, string id) =>
        EntityTags.Expected(call.Http.Request) ?? (await documents.GetAsync(set.EntityType.Name, id, call.Caller, call.Aborted)).Version;

    public static Uri EntityAddress(ODataCall call, IEdmEntitySet set, string id)
    {
        var literal = Uri.EscapeDataString(ODataUriUtils.ConvertToUriLiteral(id, ODataVersion.V4)).Replace("%27", "'", StringComparison.Ordinal);
        return new Uri(call.ServiceRoot, $"{set.Name}({literal})");
    }

    /// <summary>The written entity, or with <c>Prefer: return=minimal</c> only its ETag (204).</summary>
    private static async Task AnswerAsync(ODataCall call, IEdmEntitySet set, BusinessDocument document, int status)
    {
        var prefer = call.Http.Request.Headers["Prefer"].ToString();
        if (prefer.Contains("return=minimal", StringComparison.OrdinalIgnoreCase))
        {
            var response = call.Http.Response;
            response.StatusCode = StatusCodes.Status204NoContent;
            response.Headers.ETag = EntityTags.Format(document.Version);
            response.Headers["Preference-Applied"] = "return=minimal";
            response.Headers["OData-EntityId"] = EntityAddress(call, set, document.Id).AbsoluteUri;
            response.Headers["OData-Version"] = "4.0";
            return;
        }

        await EntityReader.WriteEntityAsync(call, set, document, status, Selection.All);
    }

    private static DocumentValue Completed(IEdmModel model, IEdmEntityType type, DocumentValue given)
    {
        var result = given;
        foreach (var property in type.StructuralProperties())
        {
            if (!given.Contains(property.Name) && property.Name != SystemProperties.Id
                && !model.FindVocabularyAnnotations<IEdmVocabularyAnnotation>(property, CoreVocabularyModel.ComputedTerm).Any())
            {
                result = result.With(property.Name, DocValue.Null);
            }
        }

        foreach (var child in type.NavigationProperties().Where(n => n.ContainsTarget && !given.Contains(n.Name)))
        {
            result = result.With(child.Name, ArrayValue.Empty);
        }

        return result;
    }
}
