using ErpCode.Core.Security;
using ErpCode.OData.Model;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace ErpCode.OData.Routing;

/// <summary>One OData request: the HTTP context, the caller, the model it started with, its parsed path and its query parser.</summary>
internal sealed class ODataCall(HttpContext http, Caller caller, SiteModel model, Uri serviceRoot, ODataUriParser parser, ODataPath path, ErpCodeODataOptions options)
{
    public HttpContext Http { get; } = http;

    public Caller Caller { get; } = caller;

    public SiteModel Model { get; } = model;

    /// <summary>The absolute address of <c>/odata/</c> as the client called it.</summary>
    public Uri ServiceRoot { get; } = serviceRoot;

    public ODataUriParser Parser { get; } = parser;

    public ODataPath Path { get; } = path;

    public ErpCodeODataOptions Options { get; } = options;

    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>True when the request carries <c>If-Match</c>: a version conflict is then a stale precondition (412), not a race (409).</summary>
    public bool IfMatchGiven => Http.Request.Headers.IfMatch.Count > 0;
}
