using ErpCode.Core.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace ErpCode.Portal.Session;

/// <summary>
/// Who uses this portal circuit. Pages pass <see cref="CallerAsync"/> to the services, which check every permission;
/// the portal only hides what the services would refuse anyway.
/// </summary>
public sealed class PortalSession(AuthenticationStateProvider authentication, PortalCallerSource callers)
{
    /// <summary>The signed-in caller; pages are only routed to signed-in users, so an anonymous one is a bug.</summary>
    public async Task<Caller> CallerAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return callers.CallerOf(state.User) ?? throw new InvalidOperationException("The portal page runs without a signed-in user.");
    }
}
