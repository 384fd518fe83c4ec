using ErpCode.Core.Errors;
using ErpCode.Core.Security.Tokens;
using ErpCode.Core.Security.Users;
using Microsoft.AspNetCore.Authentication;

namespace ErpCode.Server.Authentication;

/// <summary><c>/auth/token</c>, <c>/auth/login</c> (form and post), <c>/auth/logout</c> and <c>/auth/me</c>.</summary>
internal static class AuthenticationEndpoints
{
    public static IEndpointRouteBuilder MapErpCodeAuthentication(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var auth = endpoints.MapGroup("/auth");
        auth.MapPost("/token", IssueTokenAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimit.PolicyName);
        auth.MapGet("/login", (string? returnUrl, string? failed) => LoginPage.Render(returnUrl, failed is null ? LoginProblem.None : LoginProblem.Failed)).AllowAnonymous();
        auth.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting(SignInRateLimit.PolicyName);
        auth.MapPost("/logout", (Func<HttpContext, Task<IResult>>)LogoutAsync).AllowAnonymous();
        auth.MapGet("/me", MeAsync);
        return endpoints;
    }

    private static async Task<IResult> IssueTokenAsync(HttpContext context, UserService users, ApiTokenService tokens)
    {
        const string Shape = "Send a JSON body {\"userName\": \"...\", \"password\": \"...\"}.";
        TokenRequest? request = null;
        if (context.Request.HasJsonContentType())
        {
            try
            {
                request = await context.Request.ReadFromJsonAsync<TokenRequest>(context.RequestAborted);
            }
            catch (System.Text.Json.JsonException)
            {
                request = null;
            }
        }

        if (request is not { UserName.Length: > 0, Password: not null })
        {
            return AuthenticationErrors.Result(StatusCodes.Status400BadRequest, ErpCodeErrorCodes.InvalidRequest, $"The request has no user name and password. {Shape}");
        }

        UserInfo user;
        try
        {
            user = await users.AuthenticateAsync(request.UserName, request.Password, context.ClientAddress(), context.RequestAborted);
        }
        catch (AuthenticationFailedException ex)
        {
            return AuthenticationErrors.Result(StatusCodes.Status401Unauthorized, ex.Code, ex.Message);
        }

        var issued = await tokens.IssueAsync(user.Name, "sign-in", ApiTokenKind.Session, users.CallerFor(user), address: context.ClientAddress(), cancellationToken: context.RequestAborted);
        return Results.Json(new TokenResponse(issued.Text, issued.Token.ExpiresAt));
    }

    private static async Task<IResult> LoginAsync(HttpContext context, UserService users)
    {
        if (!context.Request.HasFormContentType)
        {
            return AuthenticationErrors.Result(StatusCodes.Status400BadRequest, ErpCodeErrorCodes.InvalidRequest, "Sign in with a form post of userName, password and returnUrl.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = LocalUrl.OrRoot(form["returnUrl"]);
        try
        {
            var user = await users.AuthenticateAsync(form["userName"].ToString(), form["password"].ToString(), context.ClientAddress(), context.RequestAborted);
            var principal = CallerClaims.ToPrincipal(users.CallerFor(user), ErpCodeAuthenticationSchemes.Cookie);
            await context.SignInAsync(ErpCodeAuthenticationSchemes.Cookie, principal);
            return Results.Redirect(returnUrl);
        }
        catch (AuthenticationFailedException)
        {
            return Results.Redirect($"/auth/login?failed=1&returnUrl={Uri.EscapeDataString(returnUrl)}");
        }
    }

    private static async Task<IResult> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(ErpCodeAuthenticationSchemes.Cookie);
        return Results.Redirect("/auth/login");
    }

    private static async Task<IResult> MeAsync(HttpContext context, UserService users)
    {
        var caller = context.GetCaller();
        if (caller is null)
        {
            return Results.Challenge();
        }

        var user = await users.FindAsync(caller.Name, caller, context.RequestAborted);
        return Results.Json(new MeResponse(caller.Name, user?.DisplayName, caller.Roles, caller.Groups));
    }
}
