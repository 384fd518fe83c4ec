using System.Security.Claims;
using ErpCode.Core.Security;
using ErpCode.Portal.Consultant;
using ErpCode.Portal.Forms;
using ErpCode.Portal.Lists;
using ErpCode.Portal.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.FluentUI.AspNetCore.Components;

namespace ErpCode.Portal.DependencyInjection;

/// <summary>Registers the portal (interactive server Blazor over the document, definition, component and template services) and maps it at <c>/</c>.</summary>
public static class PortalServiceCollectionExtensions
{
    /// <param name="services">The host's services.</param>
    /// <param name="callerOf">The host's one mapping from a signed-in principal to the caller services take (null when anonymous).</param>
    public static IServiceCollection AddErpCodePortal(this IServiceCollection services, Func<ClaimsPrincipal, Caller?> callerOf)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(callerOf);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddFluentUIComponents();
        services.AddSingleton(new PortalCallerSource(callerOf));
        services.AddScoped<AuthenticationStateProvider, PortalAuthenticationStateProvider>();
        services.AddScoped<PortalSession>();
        services.AddPortalLists().AddPortalForms().AddPortalConsultant();
        return services;
    }

    /// <summary>Maps the portal's pages; every page but the host's login form needs a signed-in user (the host's fallback policy).</summary>
    public static IEndpointRouteBuilder MapErpCodePortal(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return endpoints;
    }
}
