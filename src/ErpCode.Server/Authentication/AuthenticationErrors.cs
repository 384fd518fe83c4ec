using ErpCode.Core.Errors;
using Microsoft.Net.Http.Headers;

namespace ErpCode.Server.Authentication;

/// <summary>The OData-style error answers of authentication: 401 with the challenges, 400 for a malformed request, 429 when rate limited.</summary>
internal static class AuthenticationErrors
{
    public const string NeedsAuthentication = "This request needs an authenticated user: send HTTP Basic credentials, or a Bearer token from POST /auth/token.";

    /// <summary>Answers 401 naming both API schemes in <c>WWW-Authenticate</c>.</summary>
    public static Task ChallengeAsync(HttpContext context, string? message, bool invalidToken = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.Append(HeaderNames.WWWAuthenticate, $"Basic realm=\"{ErpCodeAuthenticationSchemes.Realm}\", charset=\"UTF-8\"");
        context.Response.Headers.Append(
            HeaderNames.WWWAuthenticate,
            invalidToken ? $"Bearer realm=\"{ErpCodeAuthenticationSchemes.Realm}\", error=\"invalid_token\"" : $"Bearer realm=\"{ErpCodeAuthenticationSchemes.Realm}\"");
        return WriteAsync(context, StatusCodes.Status401Unauthorized, ErpCodeErrorCodes.AuthenticationFailed, message ?? NeedsAuthentication);
    }

    public static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = new { code, message } }, context.RequestAborted);
    }

    /// <summary>The same body as a minimal-API result.</summary>
    public static IResult Result(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
