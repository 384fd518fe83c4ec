using ErpCode.OData.Actions;
using ErpCode.OData.Batch;
using ErpCode.OData.Errors;
using ErpCode.OData.Queries;
using ErpCode.OData.Serialization;
using ErpCode.OData.SystemSets;
using ErpCode.OData.Writes;
using Microsoft.Net.Http.Headers;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace ErpCode.OData.Routing;

/// <summary>Sends a parsed request to what answers it, by the shape of its path and its method; other shapes are 404, 405 or 501.</summary>
internal sealed class ODataDispatcher(CollectionReader collections, EntityReader entities, EntityWrites writes, TransitionAction transitions, BusinessMethodCall methods, SiteActionCall siteActions, BatchHandler batch)
{
    public Task DispatchAsync(ODataCall call)
    {
        var method = call.Http.Request.Method;
        var segments = call.Path.ToList();
        switch (segments)
        {
            case []:
                Allow(method, "GET");
                return ODataResponder.WriteAsync(call, StatusCodes.Status200OK, null, w => w.WriteServiceDocument(call.Model.Edm.GenerateServiceDocument()));
            case [MetadataSegment]:
                Allow(method, "GET");
                return ODataResponder.WriteAsync(call, StatusCodes.Status200OK, null, w => w.WriteMetadataDocument());
            case [OperationImportSegment { OperationImports: var imports }] when imports.SingleOrDefault() is IEdmActionImport import && call.Model.SiteActions.TryGetValue(import, out var siteAction):
                Allow(method, "POST");
                return siteActions.InvokeAsync(call, import, siteAction);
            case [BatchSegment]:
                Allow(method, "POST");
                return batch.ExecuteAsync(call);
            case [EntitySetSegment set] when call.Model.SystemSets.TryGetValue(set.EntitySet.Name, out var rows):
                return Allow(method, "GET", "POST") == "GET" ? SystemSetHandler.GetAsync(call, set.EntitySet, rows) : SystemSetHandler.CreateAsync(call, set.EntitySet, rows);
            case [EntitySetSegment set, CountSegment] when call.Model.SystemSets.TryGetValue(set.EntitySet.Name, out var rows):
                Allow(method, "GET");
                return SystemSetHandler.CountAsync(call, set.EntitySet, rows);
            case [EntitySetSegment set, KeySegment key] when call.Model.SystemSets.TryGetValue(set.EntitySet.Name, out var rows):
                return Allow(method, "GET", "PATCH", "PUT", "DELETE") switch
                {
                    "GET" => SystemSetHandler.GetAsync(call, set.EntitySet, rows, Key(key)),
                    "PATCH" => SystemSetHandler.UpdateAsync(call, set.EntitySet, rows, Key(key), replace: false),
                    "PUT" => SystemSetHandler.UpdateAsync(call, set.EntitySet, rows, Key(key), replace: true),
                    _ => SystemSetHandler.DeleteAsync(call, rows, Key(key)),
                };
            case [EntitySetSegment set]:
                return Allow(method, "GET", "POST") == "GET" ? collections.GetAsync(call, set.EntitySet) : writes.CreateAsync(call, set.EntitySet);
            case [EntitySetSegment set, CountSegment]:
                Allow(method, "GET");
                return collections.CountAsync(call, set.EntitySet);
            case [EntitySetSegment set, KeySegment key]:
                var id = Key(key);
                return Allow(method, "GET", "PATCH", "PUT", "DELETE") switch
                {
                    "GET" => entities.GetAsync(call, set.EntitySet, id),
                    "PATCH" => writes.UpdateAsync(call, set.EntitySet, id, replace: false),
                    "PUT" => writes.UpdateAsync(call, set.EntitySet, id, replace: true),
                    _ => writes.DeleteAsync(call, set.EntitySet, id),
                };
            case [EntitySetSegment set, KeySegment key, OperationSegment operation] when call.Model.Methods.TryGetValue(operation.Operations.Single(), out var businessMethod):
                Allow(method, businessMethod.ReadOnly ? "GET" : "POST");
                return methods.InvokeAsync(call, set.EntitySet, Key(key), operation, businessMethod);
            case [EntitySetSegment set, KeySegment key, OperationSegment { Operations: var operations }] when operations.SingleOrDefault() is IEdmAction action:
                Allow(method, "POST");
                return transitions.FireAsync(call, set.EntitySet, Key(key), action);
            default:
                throw new ODataRequestException(
                    StatusCodes.Status501NotImplemented,
                    ODataErrorCodes.NotImplemented,
                    $"'{call.Http.Request.Path}' is not supported yet: use an entity set, an entity by key, $count, a bound action or an action of the site.");
        }
    }

    private static string Key(KeySegment key) =>
        key.Keys.Single().Value as string ?? throw new ODataRequestException(StatusCodes.Status404NotFound, ODataErrorCodes.NotFound, "Keys are text ids, such as ('SO-1').");

    /// <summary>The method, when it is one of <paramref name="allowed"/>; 405 with an <c>Allow</c> header otherwise.</summary>
    private static string Allow(string method, params string[] allowed) =>
        allowed.FirstOrDefault(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase))
        ?? throw new ODataRequestException(StatusCodes.Status405MethodNotAllowed, ODataErrorCodes.MethodNotAllowed, $"{method} is not allowed here; use {string.Join(", ", allowed)}.", HeaderNames.Allow)
        {
            Allow = [.. allowed],
        };
}
