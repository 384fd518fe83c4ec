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
            <head><meta charset="utf-8"><title>Sign in - ErpCode</title></head>
            <body>
            <h1>Sign in</h1>
            {error}
            <form method="post" action="/auth/login">
            <input type="hidden" name="returnUrl" value="{target}">
            <label>User name <input name="userName" autocomplete="username" required autofocus></label>
            <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">Sign in</button>
            </form>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
