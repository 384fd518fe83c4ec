using System.Globalization;
using System.Text;
using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.OData.Errors;
using ErpCode.OData.Expansion;
using ErpCode.OData.Routing;
using ErpCode.OData.Serialization;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace ErpCode.OData.Queries;

/// <summary>
/// <c>GET /odata/{set}</c> and <c>/odata/{set}/$count</c>: one store query per page, at most <c>OData:MaxPageSize</c>
/// entities, the rest behind <c>@odata.nextLink</c>, which carries the store's keyset continuation token as
/// <c>$skiptoken</c> (with the remaining <c>$top</c>).
/// </summary>
internal sealed class CollectionReader(DocumentService documents, Expander expander)
{
    public async Task GetAsync(ODataCall call, IEdmEntitySet set)
    {
        var options = QueryOptions.Parse(call);
        var query = StoreQuery(call, options, set.EntityType, out var pageSize);
        var portalType = set.EntityType.Name;
        var total = options.Count ? await documents.CountAsync(portalType, query.Filter == Filter.All ? null : query.Filter, call.Caller, call.Aborted) : (long?)null;
        var page = pageSize == 0
            ? new DocumentPage([], null)
            : await documents.QueryAsync(portalType, query, call.Caller, call.Aborted);
        var entities = await expander.ExpandAsync(call, set.EntityType, page.Documents, options.Select);
        var next = NextLink(call, options, page);
        await ODataResponder.WriteAsync(call, StatusCodes.Status200OK, new ODataUri { ServiceRoot = call.ServiceRoot, Path = call.Path, SelectAndExpand = options.Select }, messageWriter =>
        {
            var writer = messageWriter.CreateODataResourceSetWriter(set, set.EntityType);
            writer.WriteStart(new ODataResourceSet { Count = total, NextPageLink = next });
            foreach (var entity in entities)
            {
                EntitySerializer.Write(writer, entity);
            }

            writer.WriteEnd();
            writer.Flush();
        });
    }

    public async Task CountAsync(ODataCall call, IEdmEntitySet set)
    {
        var options = QueryOptions.Parse(call);
        var filter = options.StoreFilter(call.Model, set.EntityType);
        var count = await documents.CountAsync(set.EntityType.Name, filter, call.Caller, call.Aborted);
        call.Http.Response.ContentType = "text/plain; charset=utf-8";
        call.Http.Response.Headers["OData-Version"] = "4.0";
        await call.Http.Response.WriteAsync(count.ToString(CultureInfo.InvariantCulture), call.Aborted);
    }

    private static Query StoreQuery(ODataCall call, QueryOptions options, IEdmEntityType type, out int pageSize)
    {
        var max = call.Options.MaxPageSize;
        if (options.Skip > call.Options.MaxSkip)
        {
            throw ODataRequestException.BadQuery("$skip", $"$skip can be at most {call.Options.MaxSkip} (OData:MaxSkip); follow @odata.nextLink to read further.");
        }

        if (options.Skip > 0 && options.SkipToken is not null)
        {
            throw ODataRequestException.BadQuery("$skiptoken", "$skiptoken continues a result page by page and cannot be used with $skip.");
        }

        pageSize = (int)Math.Min(options.Top ?? max, max);
        return new Query
        {
            Filter = options.StoreFilter(call.Model, type) ?? Filter.All,
            Sort = [.. OrderByTranslator.Translate(options.OrderBy)],
            Skip = (int)(options.Skip ?? 0),
            Take = pageSize,
            ContinuationToken = options.SkipToken,
        };
    }

    /// <summary>The next page's address: the same options, the store's token as <c>$skiptoken</c>, <c>$top</c> reduced by what was read, no <c>$skip</c>.</summary>
    private static Uri? NextLink(ODataCall call, QueryOptions options, DocumentPage page)
    {
        if (page.ContinuationToken is null || page.Documents.Count == 0)
        {
            return null;
        }

        var remaining = options.Top - page.Documents.Count;
        if (remaining <= 0)
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var (key, value) in call.Http.Request.Query)
        {
            if (key is "$top" or "$skip" or "$skiptoken")
            {
                continue;
            }

            Append(query, key, value.ToString());
        }

        if (remaining is { } top)
        {
            Append(query, "$top", top.ToString(CultureInfo.InvariantCulture));
        }

        Append(query, "$skiptoken", page.ContinuationToken);
        var request = call.Http.Request;
        return new Uri($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{request.Path.ToUriComponent()}?{query}");
    }

    private static void Append(StringBuilder query, string key, string value) =>
        query.Append(query.Length == 0 ? string.Empty : "&").Append(Uri.EscapeDataString(key).Replace("%24", "$", StringComparison.Ordinal)).Append('=').Append(Uri.EscapeDataString(value));
}
