using ErpCode.OData.Errors;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace ErpCode.OData.Queries;

/// <summary>The query options of a request, parsed against the request's model; each parse failure is a 400 naming its option.</summary>
internal sealed record QueryOptions(FilterClause? Filter, OrderByClause? OrderBy, SelectExpandClause? Select, long? Top, long? Skip, bool Count, string? SkipToken)
{
    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal) { "$filter", "$orderby", "$select", "$top", "$skip", "$count", "$skiptoken", "$format" };

    /// <summary>Refuses options ErpCode does not support (yet) and options given twice, before anything is parsed.</summary>
    public static void CheckNames(IQueryCollection query)
    {
        foreach (var key in query.Keys.Where(k => k.StartsWith('$')))
        {
            if (!Supported.Contains(key))
            {
                throw ODataRequestException.Unsupported(key, key is "$expand" or "$search" or "$apply" or "$compute"
                    ? $"The query option '{key}' is not supported yet."
                    : $"'{key}' is not a query option ErpCode knows; use $filter, $orderby, $select, $top, $skip, $count or $skiptoken.");
            }

            if (query[key].Count > 1)
            {
                throw ODataRequestException.BadQuery(key, $"The query option '{key}' is given more than once.");
            }
        }
    }

    public static QueryOptions Parse(ODataUriParser parser)
    {
        return new QueryOptions(
            Option("$filter", parser.ParseFilter),
            Option("$orderby", parser.ParseOrderBy),
            Option("$select", parser.ParseSelectAndExpand),
            Option("$top", parser.ParseTop),
            Option("$skip", parser.ParseSkip),
            Option("$count", parser.ParseCount) ?? false,
            Option("$skiptoken", parser.ParseSkipToken));
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
