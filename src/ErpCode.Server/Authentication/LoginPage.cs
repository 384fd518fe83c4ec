using System.Net;

namespace ErpCode.Server.Authentication;

/// <summary>The portal's sign-in form (<c>GET /auth/login</c>), the one page served without authentication.</summary>
internal static class LoginPage
{
    public static IResult Render(string? returnUrl, bool failed)
    {
        var target = WebUtility.HtmlEncode(LocalUrl.OrRoot(returnUrl));
        var error = failed ? $"<p role=\"alert\">{WebUtility.HtmlEncode(Core.Security.Users.AuthenticationFailedException.DefaultMessage)}</p>" : string.Empty;
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
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
