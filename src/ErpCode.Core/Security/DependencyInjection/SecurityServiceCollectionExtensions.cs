using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>Registers the audit log and the security policy (site permissions). Needs the store and an <see cref="ErpCode.Core.Sites.ISiteRuntime"/>.</summary>
    public static IServiceCollection AddErpCodeSecurity(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<IAuditLog>(sp => sp.GetRequiredService<AuditLog>());
        services.TryAddSingleton<SecurityPolicy>();
        return services;
    }
}
