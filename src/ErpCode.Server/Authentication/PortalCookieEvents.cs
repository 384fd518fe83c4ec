using ErpCode.Core.Security.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Net.Http.Headers;

namespace ErpCode.Server.Authentication;

/// <summary>
/// The portal cookie's behaviour: each request takes the user's current roles (a disabled, locked or deleted user is
/// signed out at once); API requests get 401 with the challenges and 403, pages get the login page.
/// </summary>
internal sealed class PortalCookieEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var users = context.HttpContext.RequestServices.GetRequiredService<UserService>();
        var name = context.Principal?.ToCaller()?.Name;
        var caller = name is null ? null : await users.ResolveCallerAsync(name, context.HttpContext.RequestAborted);
        if (caller is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ErpCodeAuthenticationSchemes.Cookie);
            return;
        }

        context.ReplacePrincipal(CallerClaims.ToPrincipal(caller, ErpCodeAuthenticationSchemes.Cookie));
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsApiRequest(context.Request))
        {
            return AuthenticationErrors.ChallengeAsync(context.HttpContext, null);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    /// <summary>OData, the auth endpoints and any client that does not ask for HTML get status codes, never a redirect to a form.</summary>
    private static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/odata", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/auth", StringComparison.OrdinalIgnoreCase)
        || !request.Headers[HeaderNames.Accept].ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
