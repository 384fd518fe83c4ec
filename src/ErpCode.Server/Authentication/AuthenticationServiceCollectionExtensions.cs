using ErpCode.Core.Security.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ErpCode.Server.Authentication;

/// <summary>The host's authentication: the schemes, the portal cookie, the rule that every endpoint needs a user, the sign-in rate limit and the first admin.</summary>
internal static class AuthenticationServiceCollectionExtensions
{
    public static IServiceCollection AddErpCodeAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddErpCodeUsers(configuration);
        services.AddAuthentication(ErpCodeAuthenticationSchemes.Default)
            .AddPolicyScheme(ErpCodeAuthenticationSchemes.Default, "Basic, Bearer or the portal cookie", options => options.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(ErpCodeAuthenticationSchemes.Basic, null)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(ErpCodeAuthenticationSchemes.Bearer, null)
            .AddCookie(ErpCodeAuthenticationSchemes.Cookie, options =>
            {
                options.Cookie.Name = "ErpCode.Session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/auth/login";
                options.LogoutPath = "/auth/logout";
                options.ReturnUrlParameter = "returnUrl";
                options.SlidingExpiration = true;
                options.EventsType = typeof(PortalCookieEvents);
            });
        services.AddSingleton<PortalCookieEvents>();
        services.AddOptions<CookieAuthenticationOptions>(ErpCodeAuthenticationSchemes.Cookie)
            .Configure<IOptions<SecurityOptions>>((cookie, security) => cookie.ExpireTimeSpan = security.Value.TokenLifetime);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(ErpCodeAuthenticationSchemes.Default).RequireAuthenticatedUser().Build());
        services.AddRateLimiter(SignInRateLimit.Configure);
        services.TryAddSingleton(new BootstrapConsole(Console.Out));
        return services;
    }

    private static string SelectScheme(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return ErpCodeAuthenticationSchemes.Basic;
        }

        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? ErpCodeAuthenticationSchemes.Bearer : ErpCodeAuthenticationSchemes.Cookie;
    }
}
