using ErpCode.Server.Sites;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the set-up of an empty site at start.</summary>
internal static class SiteServiceCollectionExtensions
{
    /// <summary>
    /// Adds the business templates, the seed loader and <see cref="SiteBootstrapper"/>, bound to the <c>Site</c> section.
    /// Register after the store initializer and the admin bootstrapper: hosted services start in order.
    /// </summary>
    public static IServiceCollection AddErpCodeSiteBootstrap(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddErpCodeTemplates();
        services.AddOptions<SiteOptions>().Configure(options => SiteOptions.Bind(options, configuration));
        services.AddHostedService<SiteBootstrapper>();
        return services;
    }
}
