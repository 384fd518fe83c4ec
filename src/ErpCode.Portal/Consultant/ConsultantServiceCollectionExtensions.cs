using ErpCode.Portal.Consultant.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ErpCode.Portal.Consultant;

/// <summary>The services of the portal's consultant pages.</summary>
public static class ConsultantServiceCollectionExtensions
{
    /// <summary>
    /// Registers the consultant pages' services and binds <see cref="TemplateFolderOptions"/> to the host's
    /// <c>Portal</c> section, validated when the host starts.
    /// </summary>
    public static IServiceCollection AddPortalConsultant(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<TemplateFolderOptions>()
            .BindConfiguration(TemplateFolderOptions.SectionName)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TemplateFolderOptions>, TemplateFolderOptionsValidator>());
        services.TryAddSingleton<TemplateSources>();
        return services;
    }
}
