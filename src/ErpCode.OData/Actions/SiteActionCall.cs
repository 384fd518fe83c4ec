using ErpCode.Core.Documents;
using ErpCode.OData.Routing;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Actions;

/// <summary>
/// An action of the site called through its action import: <c>POST /odata/OrderTotals</c> with <c>{"Customer": "C-1"}</c>.
/// The document service decides who may run it (403), checks the arguments (400, one detail per parameter) and runs the
/// script in one transaction (409 with the script's own message when it refuses). The answer is the returned value, or
/// 204 when the action returns nothing.
/// </summary>
internal sealed class SiteActionCall(DocumentService documents)
{
    public async Task InvokeAsync(ODataCall call, IEdmActionImport import, string name)
    {
        var action = import.Action;
        var arguments = await OperationPayload.ArgumentsAsync(call, action);
        var result = await documents.RunActionAsync(name, arguments, call.Caller, call.Aborted);
        await (action.GetReturn() is { } returns ? OperationPayload.WriteResultAsync(call, result, returns.Type) : OperationPayload.NoContent(call));
    }
}
