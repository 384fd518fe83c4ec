using ErpCode.Core.Components;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Storage;
using ErpCode.Templates.Operations;
using ErpCode.Templates.Seed;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the business template service.</summary>
public static class TemplatesServiceCollectionExtensions
{
    /// <summary>Adds <see cref="TemplateService"/> and <see cref="SeedLoader"/> (which also needs the user service); the site's store, definition, component and security services must be registered too.</summary>
    public static IServiceCollection AddErpCodeTemplates(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(sp => new TemplateService(
            sp.GetRequiredService<IDocumentStore>(),
            sp.GetRequiredService<DefinitionStore>(),
            sp.GetRequiredService<DefinitionService>(),
            sp.GetRequiredService<ComponentService>(),
            sp.GetRequiredService<SecurityPolicy>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<ISiteRuntime>()));
        services.AddSingleton<SeedLoader>();
        return services;
    }
}
