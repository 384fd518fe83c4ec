using ErpCode.Core.Security;
using ErpCode.Core.Security.Users;
using Microsoft.AspNetCore.Components.Authorization;

namespace ErpCode.Portal.Session;

/// <summary>
/// Who uses this portal circuit. Pages pass <see cref="CallerAsync"/> to the services, which check every permission;
/// the portal only hides what the services would refuse anyway. Like the cookie on each HTTP request, each call takes
/// the user's current roles, so a role taken away applies to an open page at its next action.
/// </summary>
public sealed class PortalSession(AuthenticationStateProvider authentication, PortalCallerSource callers, UserService users)
{
    /// <summary>The signed-in caller with the account's current roles.</summary>
    /// <exception cref="SignedOutException">The account was disabled, locked or deleted since the user signed in.</exception>
    public async Task<Caller> CallerAsync(CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var signedIn = callers.CallerOf(state.User) ?? throw new InvalidOperationException("The portal page runs without a signed-in user.");
        return await users.ResolveCallerAsync(signedIn.Name, cancellationToken) ?? throw new SignedOutException(signedIn.Name);
    }
}
