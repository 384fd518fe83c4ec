using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ErpCode.Scripting.Budgets;

/// <summary>Registration of the budget options, for the project's <c>AddErpCodeScripting</c>.</summary>
internal static class ScriptBudgetServiceCollectionExtensions
{
    /// <summary>Binds <see cref="ScriptBudgetOptions"/> to <c>Scripting:Budgets</c> and validates it when the host starts.</summary>
    public static IServiceCollection AddScriptBudgets(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ScriptBudgetOptions>()
            .Bind(configuration.GetSection(ScriptBudgetOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ScriptBudgetOptions>, ScriptBudgetOptionsValidator>());
        return services;
    }
}
