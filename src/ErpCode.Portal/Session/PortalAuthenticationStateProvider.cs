using ErpCode.Core.Security.Users;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ErpCode.Portal.Session;

/// <summary>
/// Checks every minute that the account of an open portal circuit may still sign in; when it may not, the circuit's
/// user becomes anonymous and the page sends it to the login form.
/// </summary>
public sealed class PortalAuthenticationStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes, PortalCallerSource callers)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        if (callers.CallerOf(authenticationState.User) is not { } caller)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserService>();
        return await users.ResolveCallerAsync(caller.Name, cancellationToken) is not null;
    }
}
