using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Portal.Consultant;

/// <summary>The services of the portal's consultant pages.</summary>
public static class ConsultantServiceCollectionExtensions
{
    public static IServiceCollection AddPortalConsultant(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services;
    }
}
