using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ErpCode.Cli.Hosting;

/// <summary>
/// The site the CLI works on, opened as the server opens it (the same configuration file, store, code and services)
/// but without serving anything: the store initialised, the system collections made, the runtime snapshot built.
/// </summary>
internal sealed class CliSite : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CliSite(ServiceProvider services, string configFile)
    {
        _services = services;
        ConfigFile = configFile;
    }

    public string ConfigFile { get; }

    public IServiceProvider Services => _services;

    public IDocumentStore Store => _services.GetRequiredService<IDocumentStore>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public static async Task<CliSite> OpenAsync(SiteSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var args = settings.Config is null ? Array.Empty<string>() : ["--config", settings.Config];
        var configFile = SiteConfigFile.Find(args, Environment.GetEnvironmentVariable(SiteConfigFile.EnvironmentVariable), Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var root = Path.GetDirectoryName(configFile)!;
        var overrides = new Dictionary<string, string?>();
        if (settings.Store is { Length: > 0 } storeProvider)
        {
            overrides["Storage:Provider"] = storeProvider;
        }

        if (settings.Connection is { Length: > 0 } connection)
        {
            overrides["Storage:ConnectionString"] = connection;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(root)
            .AddJsonFile(SiteConfigFile.FileName, optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddErpCodeStorage(configuration).AddSqlite().AddMongoDB();
        services.PostConfigure<StorageOptions>(options => options.BaseDirectory ??= root);
        services.AddErpCodeScripting(configuration);
        services.AddErpCodeDocuments();
        services.AddErpCodeUsers(configuration);
        services.AddErpCodeTemplates();
        var provider = services.BuildServiceProvider();
        try
        {
            var store = provider.GetRequiredService<IDocumentStore>();
            await store.InitializeAsync(cancellationToken);
            await SiteCollections.EnsureAsync(store, cancellationToken);
            await provider.GetRequiredService<Templates.Operations.TemplateService>().EnsureCollectionsAsync(cancellationToken);
            await provider.GetRequiredService<ISiteRuntime>().RefreshAsync(cancellationToken);
            return new CliSite(provider, configFile);
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
