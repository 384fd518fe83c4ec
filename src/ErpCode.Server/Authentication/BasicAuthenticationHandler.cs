using System.Text;
using System.Text.Encodings.Web;
using ErpCode.Core.Security.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ErpCode.Server.Authentication;

/// <summary>HTTP Basic: the user name and password of every request, checked by <see cref="UserService"/> (with its lockout and audit).</summary>
internal sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, UserService users)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = "Basic ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[Prefix.Length..].Trim()));
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("The Basic credentials are not valid base64 of 'user:password'.");
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return AuthenticateResult.Fail("The Basic credentials must be base64 of 'user:password'.");
        }

        try
        {
            var user = await users.AuthenticateAsync(decoded[..colon], decoded[(colon + 1)..], Context.ClientAddress(), Context.RequestAborted);
            return AuthenticateResult.Success(new AuthenticationTicket(CallerClaims.ToPrincipal(users.CallerFor(user), Scheme.Name), Scheme.Name));
        }
        catch (AuthenticationFailedException ex)
        {
            return AuthenticateResult.Fail(ex.Message);
        }
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await AuthenticationErrors.ChallengeAsync(Context, result.Failure?.Message);
    }
}
