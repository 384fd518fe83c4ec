using ErpCode.Core.Storage.Values;
using ErpCode.OData.Errors;
using ErpCode.OData.Routing;
using ErpCode.OData.Serialization;
using ErpCode.OData.Writes;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Actions;

/// <summary>
/// The payloads of an action, bound or not: its arguments from the JSON body (read by ODL against the action's
/// parameters) and its result as <c>{"value": …}</c>, or 204 when it is null.
/// </summary>
internal static class OperationPayload
{
    /// <summary>The arguments by parameter name; none for an empty body. A structured value for a parameter is a 400.</summary>
    public static async Task<Dictionary<string, DocValue>> ArgumentsAsync(ODataCall call, IEdmAction action)
    {
        var arguments = new Dictionary<string, DocValue>(StringComparer.Ordinal);
        using var body = await RequestBody.ReadAsync(call, required: false);
        if (body is null)
        {
            return arguments;
        }

        try
        {
            using var message = PayloadReader.Reader(call, body);
            var reader = message.CreateODataParameterReader(action);
            while (reader.Read())
            {
                if (reader.State == ODataParameterReaderState.Value)
                {
                    arguments[reader.Name] = ValueConverter.FromOData(reader.Value, reader.Name);
                }
                else if (reader.State is ODataParameterReaderState.Collection or ODataParameterReaderState.Resource or ODataParameterReaderState.ResourceSet)
                {
                    throw ODataRequestException.BadPayload($"The parameter '{reader.Name}' of {action.Name} takes a single value.", reader.Name);
                }
            }
        }
        catch (ODataException ex)
        {
            throw FailingParameter(body, action, arguments.Keys) is { } parameter
                ? ODataRequestException.BadPayload($"The parameter '{parameter.Name}' of {action.Name} is not a valid {parameter.Type.FullName()}: {ex.Message}", parameter.Name, ex)
                : ODataRequestException.BadPayload($"The body of {action.Name} is not valid: {ex.Message}", inner: ex);
        }

        return arguments;
    }

    /// <summary>
    /// The parameter ODL stopped at: it reads the body's members in order, so it is the first one of the action's
    /// parameters that was not read yet; null when the body is no JSON object (then the body as a whole is at fault).
    /// </summary>
    private static IEdmOperationParameter? FailingParameter(MemoryStream body, IEdmAction action, IEnumerable<string> read)
    {
        var done = read.ToHashSet(StringComparer.Ordinal);
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body.ToArray());
            return json.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object
                ? null
                : json.RootElement.EnumerateObject()
                    .Where(member => !done.Contains(member.Name))
                    .Select(member => action.FindParameter(member.Name))
                    .FirstOrDefault(parameter => parameter is not null);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Answers with <paramref name="result"/> as a value of <paramref name="type"/>, or 204 when it is null.</summary>
    public static Task WriteResultAsync(ODataCall call, DocValue result, IEdmTypeReference type)
    {
        var value = ValueConverter.ToOData(result, type);
        return value is null
            ? NoContent(call)
            : ODataResponder.WriteAsync(call, StatusCodes.Status200OK, null, w => w.WriteProperty(new ODataProperty { Name = "value", Value = value }));
    }

    /// <summary>Answers 204: the operation returns nothing, or nothing this time.</summary>
    public static Task NoContent(ODataCall call)
    {
        call.Http.Response.StatusCode = StatusCodes.Status204NoContent;
        call.Http.Response.Headers["OData-Version"] = "4.0";
        return Task.CompletedTask;
    }
}
