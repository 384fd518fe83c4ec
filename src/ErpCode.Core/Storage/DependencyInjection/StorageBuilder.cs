using ErpCode.Core.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Returned by <c>AddErpCodeStorage</c>; each backend adds itself with its own <c>AddXxx</c> extension.</summary>
public sealed class StorageBuilder
{
    internal StorageBuilder(IServiceCollection services)
    {
        Services = services;
    }

    public IServiceCollection Services { get; }

    public StorageBuilder AddProvider(string name, Func<IServiceProvider, StorageOptions, IDocumentStore> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(create);
        Services.AddSingleton(new StorageProviderRegistration(name, create));
        return this;
    }
}
