using ErpCode.Core.Security;
using ErpCode.OData;
using ErpCode.OData.Actions;
using ErpCode.OData.Batch;
using ErpCode.OData.Expansion;
using ErpCode.OData.Model;
using ErpCode.OData.Queries;
using ErpCode.OData.Routing;
using ErpCode.OData.SystemSets;
using ErpCode.OData.Writes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the OData API at <c>/odata</c>; map it with <c>MapErpCodeOData</c>.</summary>
public static class ODataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the OData layer over the document service, with the <c>OData</c> section of
    /// <paramref name="configuration"/> (validated at start). <paramref name="callerOf"/> gives the caller of an
    /// authenticated request (null when anonymous): the host owns authentication.
    /// </summary>
    public static IServiceCollection AddErpCodeOData(this IServiceCollection services, IConfiguration configuration, Func<HttpContext, Caller?> callerOf)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(callerOf);
        services.AddOptions<ErpCodeODataOptions>()
            .Bind(configuration.GetSection(ErpCodeODataOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ErpCodeODataOptions>, ErpCodeODataOptionsValidator>());
        services.AddSingleton(new ODataCallerSource(callerOf));
        services.AddSingleton<SystemSetRegistry>();
        services.AddSingleton<SiteModelCache>();
        services.AddSingleton<Expander>();
        services.AddSingleton<CollectionReader>();
        services.AddSingleton<EntityReader>();
        services.AddSingleton<EntityWrites>();
        services.AddSingleton<TransitionAction>();
        services.AddSingleton<BusinessMethodCall>();
        services.AddSingleton<SiteActionCall>();
        services.AddSingleton<BatchHandler>();
        services.AddSingleton<ODataDispatcher>();
        services.AddSingleton<ODataEndpoint>();
        return services;
    }
}
