using ErpCode.Core.Documents;
using ErpCode.OData.Errors;
using ErpCode.OData.Model;
using ErpCode.OData.Queries;
using ErpCode.OData.Routing;
using ErpCode.OData.Serialization;
using ErpCode.OData.Writes;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Actions;

/// <summary>
/// <c>POST /odata/{set}('id')/ErpCode.{Transition}</c> with an optional <c>{"Comment": "..."}</c>: fires the workflow
/// transition through the document service (guards, scripts, history) and answers with the document after it.
/// </summary>
internal sealed class TransitionAction(DocumentService documents, EntityWrites writes)
{
    public async Task FireAsync(ODataCall call, IEdmEntitySet set, string id, IEdmAction action)
    {
        string? comment = null;
        using (var body = await RequestBody.ReadAsync(call, required: false))
        {
            if (body is not null)
            {
                comment = ReadComment(call, body, action);
            }
        }

        var version = await writes.VersionAsync(call, set, id);
        var fired = await documents.FireAsync(set.EntityType.Name, id, version, action.Name, comment, call.Caller, call.Aborted);
        await EntityReader.WriteEntityAsync(call, set, fired, StatusCodes.Status200OK, Selection.All);
    }

    private static string? ReadComment(ODataCall call, MemoryStream body, IEdmAction action)
    {
        try
        {
            using var message = PayloadReader.Reader(call, body);
            var reader = message.CreateODataParameterReader(action);
            string? comment = null;
            while (reader.Read())
            {
                if (reader.State == ODataParameterReaderState.Value && reader.Name == EdmNames.CommentParameter)
                {
                    comment = reader.Value as string;
                }
            }

            return comment;
        }
        catch (ODataException ex)
        {
            throw ODataRequestException.BadPayload($"The body of {action.Name} is not valid: {ex.Message} It takes only an optional \"Comment\".", inner: ex);
        }
    }
}
