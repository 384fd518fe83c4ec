using ErpCode.Core.Components;
using ErpCode.Core.Documents;
using ErpCode.Core.Documents.SiteActions;
using ErpCode.Core.Security.Users;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Errors;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Workflows;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace ErpCode.OData.Errors;

/// <summary>
/// The one mapping from a failure to its OData answer: 400 for bad input and failed validation (one detail per
/// property), 403, 404, 409 for workflow and state conflicts and for stored code that refused or failed (naming its
/// component and line), 412 for a stale If-Match, 413, 415. Anything else is
/// null: an unexpected failure, answered 500 without its details.
/// </summary>
internal static class ErrorMapper
{
    public static ODataErrorResponse? Map(Exception exception, bool ifMatchGiven) => exception switch
    {
        ODataRequestException e => new(e.Status, e.Code, e.Message, e.Target) { Allow = e.Allow },
        DocumentValidationException e => new(StatusCodes.Status400BadRequest, e.Code, e.Message)
        {
            Details = [.. e.Errors.Select(v => new ODataErrorDetail(e.Code, v.Path, v.Message))],
        },
        InvalidDefinitionException e => new(StatusCodes.Status400BadRequest, e.Code, e.Message)
        {
            Details = [.. e.Problems.Select(p => new ODataErrorDetail(e.Code, p.Field.Length == 0 ? p.Definition : $"{p.Definition}/{p.Field}", p.Message))],
        },
        InvalidArgumentsException e => new(StatusCodes.Status400BadRequest, e.Code, e.Message)
        {
            Details = [.. e.Errors.Select(v => new ODataErrorDetail(e.Code, v.Path, v.Message))],
        },
        InvalidComponentException or InvalidUserException => new(StatusCodes.Status400BadRequest, ((ErpCodeException)exception).Code, exception.Message),
        UnknownUserException e => new(StatusCodes.Status404NotFound, e.Code, e.Message),
        ConcurrencyException e => new(ifMatchGiven ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status409Conflict, e.Code, e.Message, ifMatchGiven ? "If-Match" : null),
        DocumentNotFoundException or UnknownPortalTypeException or UnknownBusinessMethodException or UnknownSiteActionException => new(StatusCodes.Status404NotFound, ((ErpCodeException)exception).Code, exception.Message),
        PermissionDeniedException e => new(StatusCodes.Status403Forbidden, e.Code, e.Message),
        TransitionRefusedException or TransitionNotAvailableException or InteractionRefusedException or SiteActionRefusedException or DocumentInUseException or UniqueConstraintException or DuplicateDocumentException
            => new(StatusCodes.Status409Conflict, ((ErpCodeException)exception).Code, exception.Message),
        DocumentTooLargeException e => new(StatusCodes.Status413PayloadTooLarge, e.Code, e.Message),
        InvalidContinuationTokenException e => new(StatusCodes.Status400BadRequest, e.Code, e.Message, "$skiptoken"),
        InvalidFilterException or InvalidQueryException or InvalidFieldPathException or InvalidDocumentIdException or InvalidDocumentException
            => new(StatusCodes.Status400BadRequest, ((ErpCodeException)exception).Code, exception.Message),
        StoreBusyException or StoreUnavailableException => new(StatusCodes.Status503ServiceUnavailable, ((ErpCodeException)exception).Code, exception.Message),
        // Stored code that threw or ran out of its budget: the site's own code refused or failed, at the component and
        // line the message names (CONTRACT: an exception in stored code reports them), not the server.
        ErpCodeException { Code: ErpCodeErrorCodes.StoredCodeFailed } e => new(StatusCodes.Status409Conflict, e.Code, e.Message),
        ODataContentTypeException e => new(StatusCodes.Status415UnsupportedMediaType, ODataErrorCodes.UnsupportedMediaType, e.Message, "Content-Type"),
        ODataUnrecognizedPathException e => new(StatusCodes.Status404NotFound, ODataErrorCodes.NotFound, e.Message),
        ODataException e => new(StatusCodes.Status400BadRequest, ODataErrorCodes.InvalidPayload, e.Message),
        _ => null,
    };
}
