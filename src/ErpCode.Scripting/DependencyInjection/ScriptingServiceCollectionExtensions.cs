using ErpCode.Core.Components;
using ErpCode.Core.Sites;
using ErpCode.Core.Types.Expressions;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.BusinessClasses;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Expressions;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Hosting;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Sites;
using ErpCode.Scripting.Snapshots;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

public static class ScriptingServiceCollectionExtensions
{
    /// <summary>
    /// Registers code in the database: the compiler, the component service, the runtime that follows the site
    /// revision (started with the host), the invoker, the expression compiler, the site runtime (the types and
    /// business classes of the current snapshot) and the budgets of <c>Scripting:Budgets</c>. The component service checks
    /// ManageCode and audits through the security services, registered here too when missing.
    /// </summary>
    public static IServiceCollection AddErpCodeScripting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddScriptBudgets(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ComponentCompiler>();
        services.AddSingleton<IComponentCompiler>(sp => sp.GetRequiredService<ComponentCompiler>());
        services.AddErpCodeSecurity();
        services.AddSingleton<ComponentService>();
        services.AddSingleton<ComponentRuntime>();
        services.AddSingleton<ComponentInvoker>();
        services.AddSingleton<ScriptContextFactory>();
        services.AddSingleton<ExpressionCompiler>();
        services.AddSingleton<IExpressionCompiler>(sp => sp.GetRequiredService<ExpressionCompiler>());
        services.AddSingleton<BusinessClassesFactory>();
        services.AddSingleton<ISiteRuntime, SiteRuntime>();

        // Runs Test components; it needs the document service, which AddErpCodeDocuments registers (a host of the code
        // layer alone has none, and never asks for the runner).
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ErpCode.Scripting.Testing.ComponentTestRunner>(sp));
        services.AddHostedService<ComponentRuntimeService>();
        return services;
    }
}
