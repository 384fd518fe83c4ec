using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.OData.Errors;
using ErpCode.OData.Expansion;
using ErpCode.OData.Queries;
using ErpCode.OData.Routing;
using ErpCode.OData.Serialization;
using ErpCode.OData.Writes;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace ErpCode.OData.SystemSets;

/// <summary>
/// Requests on a system entity set: GET (with <c>$filter</c>, <c>$orderby</c>, <c>$select</c>, <c>$top</c>,
/// <c>$skip</c>, <c>$count</c> applied to the rows in memory, at most <c>OData:MaxPageSize</c>), GET by key, POST,
/// PATCH, PUT and DELETE where the set allows them (405 otherwise).
/// </summary>
internal static class SystemSetHandler
{
    public static async Task GetAsync(ODataCall call, IEdmEntitySet set, SystemSet system)
    {
        var options = QueryOptions.Parse(call);
        if (options.SkipToken is not null || call.Http.Request.Query.ContainsKey("$expand"))
        {
            throw ODataRequestException.Unsupported(options.SkipToken is null ? "$expand" : "$skiptoken", $"{set.Name} has no navigation properties and no further pages.");
        }

        IEnumerable<DocumentValue> rows = await system.ListAsync(call);
        if (options.StoreFilter(call.Model, set.EntityType) is { } filter)
        {
            rows = rows.Where(r => LoadedFilter.Matches(filter, r));
        }

        var sort = OrderByTranslator.Translate(options.OrderBy);
        var sorted = rows.ToList();
        sorted.Sort((a, b) => Compare(a, b, sort, system.Key));
        var total = options.Count ? sorted.Count : (long?)null;
        var top = (int)Math.Min(options.Top ?? call.Options.MaxPageSize, call.Options.MaxPageSize);
        var page = sorted.Skip((int)Math.Min(options.Skip ?? 0, int.MaxValue)).Take(top).ToList();
        var selection = Selection.From(options.Select);
        await ODataResponder.WriteAsync(call, StatusCodes.Status200OK, new ODataUri { ServiceRoot = call.ServiceRoot, Path = call.Path, SelectAndExpand = options.Select }, messageWriter =>
        {
            var writer = messageWriter.CreateODataResourceSetWriter(set, set.EntityType);
            writer.WriteStart(new ODataResourceSet { Count = total });
            foreach (var row in page)
            {
                EntitySerializer.Write(writer, new ExpandedEntity(set.EntityType, row, null, selection));
            }

            writer.WriteEnd();
            writer.Flush();
        });
    }

    /// <summary><c>GET /odata/{set}/$count</c>: how many rows the caller may read pass <c>$filter</c> and <c>$search</c>.</summary>
    public static async Task CountAsync(ODataCall call, IEdmEntitySet set, SystemSet system)
    {
        var options = QueryOptions.Parse(call);
        IEnumerable<DocumentValue> rows = await system.ListAsync(call);
        if (options.StoreFilter(call.Model, set.EntityType) is { } filter)
        {
            rows = rows.Where(r => LoadedFilter.Matches(filter, r));
        }

        call.Http.Response.ContentType = "text/plain; charset=utf-8";
        call.Http.Response.Headers["OData-Version"] = "4.0";
        await call.Http.Response.WriteAsync(rows.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), call.Aborted);
    }

    public static async Task GetAsync(ODataCall call, IEdmEntitySet set, SystemSet system, string key)
    {
        var options = QueryOptions.Parse(call);
        var row = await system.FindAsync(call, key) ?? throw NotFound(set, key);
        await WriteAsync(call, set, row, StatusCodes.Status200OK, Selection.From(options.Select), options.Select);
    }

    public static async Task CreateAsync(ODataCall call, IEdmEntitySet set, SystemSet system)
    {
        using var body = await RequestBody.ReadAsync(call, required: true);
        var created = await system.CreateAsync(call, PayloadReader.ReadEntity(call, body!, set));
        if (created.TryGet(system.Key, out var key) && key is StringValue id)
        {
            call.Http.Response.Headers.Location = EntityWrites.EntityAddress(call, set, id.Value).AbsoluteUri;
        }

        await WriteAsync(call, set, created, StatusCodes.Status201Created, Selection.All, null);
    }

    public static async Task UpdateAsync(ODataCall call, IEdmEntitySet set, SystemSet system, string key, bool replace)
    {
        using var body = await RequestBody.ReadAsync(call, required: true);
        var updated = await system.UpdateAsync(call, key, PayloadReader.ReadEntity(call, body!, set), replace);
        await WriteAsync(call, set, updated, StatusCodes.Status200OK, Selection.All, null);
    }

    public static async Task DeleteAsync(ODataCall call, SystemSet system, string key)
    {
        await system.DeleteAsync(call, key);
        call.Http.Response.StatusCode = StatusCodes.Status204NoContent;
        call.Http.Response.Headers["OData-Version"] = "4.0";
    }

    private static Task WriteAsync(ODataCall call, IEdmEntitySet set, DocumentValue row, int status, Selection selection, SelectExpandClause? select) =>
        ODataResponder.WriteAsync(call, status, new ODataUri { ServiceRoot = call.ServiceRoot, SelectAndExpand = select }, messageWriter =>
        {
            var writer = messageWriter.CreateODataResourceWriter(set, set.EntityType);
            EntitySerializer.Write(writer, new ExpandedEntity(set.EntityType, row, null, selection));
            writer.Flush();
        });

    private static int Compare(DocumentValue a, DocumentValue b, SortField[] sort, string key)
    {
        foreach (var field in sort)
        {
            var order = LoadedFilter.Order(LoadedFilter.Get(a, field.Field), LoadedFilter.Get(b, field.Field));
            if (order != 0)
            {
                return field.Direction == SortDirection.Descending ? -order : order;
            }
        }

        return LoadedFilter.Order(a.TryGet(key, out var left) ? left : null, b.TryGet(key, out var right) ? right : null);
    }

    private static ODataRequestException NotFound(IEdmEntitySet set, string key) =>
        new(StatusCodes.Status404NotFound, ODataErrorCodes.NotFound, $"{set.Name} has no '{key}'.");
}
