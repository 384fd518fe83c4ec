using ErpCode.OData.Errors;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using ErpCode.OData.Routing;

using ErpCode.OData.Model;

namespace ErpCode.OData.Queries;

/// <summary>The query options of a request, parsed against the request's model; each parse failure is a 400 naming its option.</summary>
internal sealed record QueryOptions(FilterClause? Filter, OrderByClause? OrderBy, SelectExpandClause? Select, long? Top, long? Skip, bool Count, string? SkipToken, SearchClause? Search)
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal) { "$filter", "$orderby", "$select", "$expand", "$top", "$skip", "$count", "$skiptoken", "$format", "$search" };

    /// <summary>Refuses options ErpCode does not support (yet) and options given twice, before anything is parsed.</summary>
    public static void CheckNames(IQueryCollection query)
    {
        foreach (var key in query.Keys.Where(k => k.StartsWith('$')))
        {
            if (!Supported.Contains(key))
            {
                throw ODataRequestException.Unsupported(key, key is "$apply" or "$compute"
                    ? $"The query option '{key}' is not supported yet."
                    : $"'{key}' is not a query option ErpCode knows; use $filter, $search, $orderby, $select, $expand, $top, $skip, $count or $skiptoken.");
            }

            if (query[key].Count > 1)
            {
                throw ODataRequestException.BadQuery(key, $"The query option '{key}' is given more than once.");
            }

            if (key == "$search" && string.IsNullOrWhiteSpace(query[key]))
            {
                throw ODataRequestException.BadQuery(key, "$search needs at least one word or \"quoted phrase\".");
            }
        }
    }

    public static QueryOptions Parse(ODataCall call)
    {
        var parser = call.Parser;
        return new QueryOptions(
            Option("$filter", parser.ParseFilter),
            Option("$orderby", parser.ParseOrderBy),
            SelectAndExpand(call),
            Option("$top", parser.ParseTop),
            Option("$skip", parser.ParseSkip),
            Option("$count", parser.ParseCount) ?? false,
            Option("$skiptoken", parser.ParseSkipToken),
            Option("$search", parser.ParseSearch));
    }

    /// <summary>$select and $expand, parsed together by ODL; a failure of $expand names its limits.</summary>
    private static SelectExpandClause? SelectAndExpand(ODataCall call)
    {
        if (!call.Http.Request.Query.ContainsKey("$expand"))
        {
            return Option("$select", call.Parser.ParseSelectAndExpand);
        }

        try
        {
            return call.Parser.ParseSelectAndExpand();
        }
        catch (Exception ex) when (ex is ODataException or FormatException or OverflowException or ArgumentException)
        {
            var limits = $"$expand may nest {call.Options.MaxExpandDepth} levels deep (OData:MaxExpandDepth) and follow {call.Options.MaxExpandCount} navigation properties in all (OData:MaxExpandCount)";
            throw ODataRequestException.BadQuery("$expand", $"$select or $expand is not valid: {ex.Message} ({limits}.)", ex);
        }
    }

    /// <summary>The store filter of <c>$filter</c> and <c>$search</c> together (null when neither is given).</summary>
    public Core.Storage.Queries.Filter? StoreFilter(SiteModel model, IEdmEntityType type)
    {
        var filter = Filter is null ? null : FilterTranslator.Translate(Filter);
        var search = Search is null ? null : SearchTranslator.Translate(Search, model, type);
        return filter is null ? search : search is null ? filter : Core.Storage.Queries.Filter.And(filter, search);
    }

    private static T Option<T>(string name, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is ODataException or FormatException or OverflowException or ArgumentException)
        {
            throw ODataRequestException.BadQuery(name, $"{name} is not valid: {ex.Message}", ex);
        }
    }
}
