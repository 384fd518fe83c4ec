using ErpCode.OData.Routing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the OData API registered by <c>AddErpCodeOData</c>.</summary>
public static class ODataEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every method on <c>/odata</c> and below to the OData handler. The endpoints take the host's authorization
    /// (its fallback policy); returns a builder for more conventions.
    /// </summary>
    public static IEndpointConventionBuilder MapErpCodeOData(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handler = endpoints.ServiceProvider.GetRequiredService<ODataEndpoint>();
        var group = endpoints.MapGroup(ODataEndpoint.Prefix);
        group.Map(string.Empty, handler.HandleAsync);
        group.Map("/{**odataPath}", handler.HandleAsync);
        return group;
    }
}
