using ErpCode.Core.Documents;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Storage;

namespace Microsoft.Extensions.DependencyInjection;

public static class DocumentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the type definitions (store and service) and the document service. They need an
    /// <see cref="ErpCode.Core.Sites.ISiteRuntime"/> and an <see cref="ErpCode.Core.Types.Expressions.IExpressionCompiler"/>,
    /// which the scripting layer registers.
    /// </summary>
    public static IServiceCollection AddErpCodeDocuments(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddErpCodeSecurity();
        services.AddSingleton<DefinitionStore>();
        services.AddSingleton<DefinitionService>();
        services.AddSingleton<DocumentService>();
        return services;
    }
}
