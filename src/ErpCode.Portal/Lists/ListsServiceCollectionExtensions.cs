using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Portal.Lists;

/// <summary>The services of the portal's lists pages.</summary>
public static class ListsServiceCollectionExtensions
{
    public static IServiceCollection AddPortalLists(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services;
    }
}
