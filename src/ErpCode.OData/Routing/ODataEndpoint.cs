using ErpCode.Core.Security;
using ErpCode.OData.Errors;
using ErpCode.OData.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace ErpCode.OData.Routing;

/// <summary>
/// The handler of every request under <c>/odata</c>: takes the model of the site's current revision (kept to the
/// end of the request), parses the path against it, dispatches, and turns every failure into an OData error body.
/// </summary>
internal sealed partial class ODataEndpoint(SiteModelCache models, ODataDispatcher dispatcher, ODataCallerSource callers, IOptions<ErpCodeODataOptions> options, ILogger<ODataEndpoint> logger)
{
    public const string Prefix = "/odata";

    /// <summary>The <see cref="HttpContext.Items"/> key under which a batch hands its model to its requests.</summary>
    public static readonly object PinnedModelKey = new();

    public async Task HandleAsync(HttpContext context)
    {
        var ifMatch = context.Request.Headers.IfMatch.Count > 0;
        try
        {
            var caller = callers.Of(context)
                ?? throw new ODataRequestException(StatusCodes.Status401Unauthorized, Core.Errors.ErpCodeErrorCodes.AuthenticationFailed, "This request needs an authenticated user.");
            // A request of a $batch runs on the model the batch started with, as any request in flight keeps its own.
            var model = context.Items.TryGetValue(PinnedModelKey, out var pinned) && pinned is SiteModel batchModel ? batchModel : models.Current();
            await dispatcher.DispatchAsync(Parse(context, caller, model));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception ex) when (ErrorMapper.Map(ex, ifMatch) is { } error)
        {
            await ODataErrorWriter.WriteAsync(context, error);
        }
#pragma warning disable CA1031 // Any other failure is a bug: logged with its trace id, answered without details.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogUnexpected(logger, ex, context.Request.Method, context.Request.Path, context.TraceIdentifier);
            await ODataErrorWriter.WriteAsync(context, new ODataErrorResponse(
                StatusCodes.Status500InternalServerError,
                ODataErrorCodes.Internal,
                $"The request failed unexpectedly; the server log has the details under trace id {context.TraceIdentifier}."));
        }
    }

    private ODataCall Parse(HttpContext context, Caller caller, SiteModel model)
    {
        var request = context.Request;
        Queries.QueryOptions.CheckNames(request.Query);
        var serviceRoot = new Uri($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{Prefix}/");
        var relative = request.Path.Value is { Length: > 0 } path && path.Length > Prefix.Length ? request.Path.ToUriComponent()[(Prefix.Length + 1)..] : string.Empty;
        var parser = new ODataUriParser(model.Edm, serviceRoot, new Uri(serviceRoot, relative + request.QueryString.ToUriComponent()))
        {
            Resolver = new ODataUriResolver { EnableCaseInsensitive = false },
            UrlKeyDelimiter = ODataUrlKeyDelimiter.Parentheses,
        };
        parser.Settings.MaximumExpansionDepth = options.Value.MaxExpandDepth;
        parser.Settings.MaximumExpansionCount = options.Value.MaxExpandCount;
        ODataPath odataPath;
        try
        {
            odataPath = parser.ParsePath();
        }
        catch (ODataUnrecognizedPathException ex)
        {
            throw new ODataRequestException(StatusCodes.Status404NotFound, ODataErrorCodes.NotFound, $"{ex.Message} The entity sets are listed at /odata/.", innerException: ex);
        }
        catch (ODataException ex)
        {
            throw new ODataRequestException(StatusCodes.Status400BadRequest, ODataErrorCodes.InvalidQuery, $"The address is not valid: {ex.Message}", "path", ex);
        }

        return new ODataCall(context, caller, model, serviceRoot, parser, odataPath, options.Value);
    }

    [LoggerMessage(EventId = 3001, EventName = "ODataRequestFailed", Level = LogLevel.Error, Message = "OData {Method} {Path} failed unexpectedly (trace id {TraceId})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, PathString path, string traceId);
}
