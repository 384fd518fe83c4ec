using ErpCode.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> to the <c>Storage</c> section (checked at start) and registers the
    /// <see cref="IDocumentStore"/> of the configured provider as a singleton.
    /// </summary>
    public static StorageBuilder AddErpCodeStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var provider = sp.GetServices<StorageProviderRegistration>()
                .Last(p => string.Equals(p.Name, options.Provider, StringComparison.OrdinalIgnoreCase));
            return provider.Create(sp, options);
        });
        return new StorageBuilder(services);
    }
}
