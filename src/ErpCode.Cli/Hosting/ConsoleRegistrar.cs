using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ErpCode.Cli.Hosting;

/// <summary>Lets Spectre build the commands with Microsoft's container, so each gets the console it writes to.</summary>
internal sealed class ConsoleRegistrar(IAnsiConsole console) : ITypeRegistrar
{
    private readonly ServiceCollection _services = CreateServices(console);

    public ITypeResolver Build() => new Resolver(_services.BuildServiceProvider());

    public void Register(Type service, Type implementation) => _services.AddSingleton(service, implementation);

    public void RegisterInstance(Type service, object implementation) => _services.AddSingleton(service, implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _services.AddSingleton(service, _ => factory());
    }

    private static ServiceCollection CreateServices(IAnsiConsole console)
    {
        var services = new ServiceCollection();
        services.AddSingleton(console);
        return services;
    }

    private sealed class Resolver(ServiceProvider provider) : ITypeResolver, IDisposable
    {
        public object? Resolve(Type? type) => type is null ? null : provider.GetService(type) ?? ActivatorUtilities.CreateInstance(provider, type);

        public void Dispose() => provider.Dispose();
    }
}
