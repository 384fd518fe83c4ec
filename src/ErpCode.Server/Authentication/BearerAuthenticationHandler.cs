using System.Text.Encodings.Web;
using ErpCode.Core.Security.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ErpCode.Server.Authentication;

/// <summary>Bearer: an ErpCode API token (<c>erp_&lt;id&gt;.&lt;secret&gt;</c>) checked by <see cref="ApiTokenService"/>, which audits every rejection.</summary>
internal sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    // One message for every reason, as for passwords; the audit log has the reason.
    private const string Rejected = "The token is not valid: it is unknown, expired or revoked, or its user may not sign in now.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var caller = await tokens.ValidateAsync(header[Prefix.Length..].Trim(), Context.ClientAddress(), Context.RequestAborted);
        return caller is null
            ? AuthenticateResult.Fail(Rejected)
            : AuthenticateResult.Success(new AuthenticationTicket(CallerClaims.ToPrincipal(caller, Scheme.Name), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await AuthenticationErrors.ChallengeAsync(Context, result.Failure?.Message, invalidToken: result.Failure is not null);
    }
}
