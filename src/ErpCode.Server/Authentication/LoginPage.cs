using System.Net;

namespace ErpCode.Server.Authentication;

/// <summary>The portal's sign-in form (<c>GET /auth/login</c>), the one page served without authentication.</summary>
internal static class LoginPage
{
    public static IResult Render(string? returnUrl, LoginProblem problem)
    {
        var target = WebUtility.HtmlEncode(LocalUrl.OrRoot(returnUrl));
        var message = problem switch
        {
            LoginProblem.Failed => Core.Security.Users.AuthenticationFailedException.DefaultMessage,
            LoginProblem.TooManyAttempts => SignInRateLimit.Message,
            _ => null,
        };
        var error = message is null ? string.Empty : $"<p role=\"alert\">{WebUtility.HtmlEncode(message)}</p>";
        var status = problem == LoginProblem.TooManyAttempts ? StatusCodes.Status429TooManyRequests : StatusCodes.Status200OK;
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1.0">
            <title>Sign in - ErpCode</title>
            <link rel="stylesheet" href="/_content/Microsoft.FluentUI.AspNetCore.Components/css/reboot.css">
            <link rel="stylesheet" href="/_content/ErpCode.Portal/portal.css">
            </head>
            <body class="portal-login">
            <main class="portal-login-card">
            <p class="portal-brand">ErpCode</p>
            <h1>Sign in</h1>
            {error}
            <form method="post" action="/auth/login">
            <input type="hidden" name="returnUrl" value="{target}">
            <label for="userName">User name</label>
            <input id="userName" name="userName" autocomplete="username" required autofocus>
            <label for="password">Password</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">Sign in</button>
            </form>
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
