using ErpCode.Core.Security.Tokens;
using ErpCode.Core.Security.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class UsersServiceCollectionExtensions
{
    /// <summary>
    /// Registers users and API tokens (<see cref="UserService"/>, <see cref="ApiTokenService"/>) and binds
    /// <see cref="SecurityOptions"/> to the <c>Security</c> section, validated when the host starts. Needs
    /// <c>AddErpCodeSecurity</c> (the policy and audit log) and the store.
    /// </summary>
    public static IServiceCollection AddErpCodeUsers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddErpCodeSecurity();
        services.AddOptions<SecurityOptions>()
            .Bind(configuration.GetSection(SecurityOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>());
        services.TryAddSingleton<UserService>();
        services.TryAddSingleton<ApiTokenService>();
        return services;
    }
}
