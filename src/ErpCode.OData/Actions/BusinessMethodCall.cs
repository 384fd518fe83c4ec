using ErpCode.Core.Documents;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage.Values;
using ErpCode.OData.Errors;
using ErpCode.OData.Queries;
using ErpCode.OData.Routing;
using ErpCode.OData.Serialization;
using ErpCode.OData.Writes;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace ErpCode.OData.Actions;

/// <summary>
/// A business method called through its bound operation: <c>GET …('id')/ErpCode.Greeting(prefix='Hi')</c> for a
/// read-only one (a function), <c>POST …('id')/ErpCode.Rename</c> with <c>{"name": "Anne"}</c> for any other (an
/// action). The document service checks the permission (View or Modify) and the arguments (400, one detail per
/// parameter). The answer is the returned value, or the document after the call when the method returns nothing;
/// a null value is 204. The <c>ETag</c> header always carries the document's version after the call.
/// </summary>
internal sealed class BusinessMethodCall(DocumentService documents)
{
    public async Task InvokeAsync(ODataCall call, IEdmEntitySet set, string id, OperationSegment segment, BusinessMethod method)
    {
        var operation = segment.Operations.Single();
        var arguments = operation is IEdmFunction
            ? FromAddress(segment)
            : await OperationPayload.ArgumentsAsync(call, (IEdmAction)operation);
        var expected = EntityTags.Expected(call.Http.Request);
        var outcome = await documents.CallAsync(set.EntityType.Name, id, expected, method.Name, arguments, call.Caller, call.Aborted);
        if (method.Returns is null)
        {
            await EntityReader.WriteEntityAsync(call, set, outcome.Document, StatusCodes.Status200OK, Selection.All);
            return;
        }

        call.Http.Response.Headers.ETag = EntityTags.Format(outcome.Document.Version);
        await OperationPayload.WriteResultAsync(call, outcome.Value, operation.GetReturn().Type);
    }

    private static Dictionary<string, DocValue> FromAddress(OperationSegment segment)
    {
        var arguments = new Dictionary<string, DocValue>(StringComparer.Ordinal);
        foreach (var parameter in segment.Parameters)
        {
            arguments[parameter.Name] = Literal(parameter.Value) is { } literal
                ? ValueConverter.FromOData(literal.Value, parameter.Name)
                : throw new ODataRequestException(StatusCodes.Status400BadRequest, ODataErrorCodes.InvalidQuery, $"The parameter '{parameter.Name}' must be a literal, such as {parameter.Name}='text' or {parameter.Name}=3.", parameter.Name);
        }

        return arguments;
    }

    private static ConstantNode? Literal(object? value) => value switch
    {
        ConstantNode constant => constant,
        ConvertNode { Source: var source } => Literal(source),
        _ => null,
    };
}
