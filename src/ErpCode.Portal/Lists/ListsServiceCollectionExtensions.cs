using ErpCode.Portal.Modules;
using ErpCode.Portal.Search;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Portal.Lists;

/// <summary>The services of the portal's lists pages, and of the home page and search, which share their modules.</summary>
public static class ListsServiceCollectionExtensions
{
    public static IServiceCollection AddPortalLists(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ModuleCatalog>();
        services.AddSingleton<ListExport>();
        services.AddSingleton<DocumentSearch>();
        return services;
    }
}
