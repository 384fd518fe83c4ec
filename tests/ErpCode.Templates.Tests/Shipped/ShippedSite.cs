using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Users;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Types;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Testing;
using ErpCode.Storage.Sqlite;
using ErpCode.Templates.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Templates.Tests.Shipped;

/// <summary>
/// An empty site for the shipped templates, wired as the server wires it: a real SQLite file, the scripting layer,
/// documents, users, templates and the seed loader. Optionally with its own cold compiler, to measure a first install.
/// </summary>
internal sealed class ShippedSite : IAsyncDisposable
{
    // Roslyn's first compile costs seconds; the tests share one warm compiler, as one server process does.
    private static readonly ComponentCompiler SharedCompiler = new();
    private readonly ServiceProvider _services;

    private ShippedSite(string path, ServiceProvider services)
    {
        FilePath = path;
        _services = services;
    }

    public string FilePath { get; }

    public IServiceProvider Services => _services;

    public TemplateService Templates => _services.GetRequiredService<TemplateService>();

    public DocumentService Documents => _services.GetRequiredService<DocumentService>();

    public UserService Users => _services.GetRequiredService<UserService>();

    public ComponentTestRunner TestRunner => _services.GetRequiredService<ComponentTestRunner>();

    public ISiteRuntime Runtime => _services.GetRequiredService<ISiteRuntime>();

    public static async Task<ShippedSite> CreateAsync(bool coldCompiler = false)
    {
        var path = Path.Combine(Path.GetTempPath(), "erpcode-shipped-tests", Guid.NewGuid().ToString("N"), "site.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDocumentStore>(new SqliteDocumentStore(new StorageOptions { ConnectionString = $"Data Source={path}" }));
        services.AddErpCodeScripting(configuration);
        if (!coldCompiler)
        {
            services.AddSingleton(SharedCompiler);
        }

        services.AddErpCodeDocuments();
        services.AddErpCodeUsers(configuration);
        services.AddErpCodeTemplates();
        var provider = services.BuildServiceProvider();
        var ct = TestContext.Current.CancellationToken;
        var store = provider.GetRequiredService<IDocumentStore>();
        await store.InitializeAsync(ct);
        await SiteCollections.EnsureAsync(store, ct);
        await provider.GetRequiredService<UserService>().EnsureCollectionsAsync(ct);
        await provider.GetRequiredService<TemplateService>().EnsureCollectionsAsync(ct);
        await provider.GetRequiredService<ISiteRuntime>().RefreshAsync(ct);
        return new ShippedSite(path, provider);
    }

    /// <summary>Installs the three shipped templates: erp_accounting, with its dependencies first.</summary>
    public async Task InstallAllAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await Templates.InstallAsync(ShippedTemplates.Repository.Read("erp_accounting"), ShippedTemplates.Repository, null, Caller.System, ct);
        await Runtime.RefreshAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var folder = Path.GetDirectoryName(FilePath)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
