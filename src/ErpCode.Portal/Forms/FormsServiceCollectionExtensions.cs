using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Portal.Forms;

/// <summary>The services of the portal's forms pages.</summary>
public static class FormsServiceCollectionExtensions
{
    public static IServiceCollection AddPortalForms(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services;
    }
}
