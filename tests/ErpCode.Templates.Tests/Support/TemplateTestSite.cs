using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Storage;
using ErpCode.Scripting.Compilation;
using ErpCode.Storage.Sqlite;
using ErpCode.Templates.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Templates.Tests.Support;

/// <summary>
/// One site for a test, wired as the server wires it: a real SQLite store in a temporary file, the scripting layer
/// (components, expressions), the definition, component and document services, and the template service.
/// </summary>
internal sealed class TemplateTestSite : IAsyncDisposable
{
    // Roslyn's first compile costs seconds; the tests share one warm compiler, as one server process does.
    private static readonly ComponentCompiler SharedCompiler = new();
    private readonly ServiceProvider _services;

    private TemplateTestSite(string path, ServiceProvider services)
    {
        FilePath = path;
        _services = services;
    }

    public string FilePath { get; }

    /// <summary>A Manager: holds every site permission, ManageTemplates included.</summary>
    public Caller Caller { get; } = new("tester", ImmutableArray.Create("Manager"));

    public IDocumentStore Store => _services.GetRequiredService<IDocumentStore>();

    public DefinitionStore DefinitionStore => _services.GetRequiredService<DefinitionStore>();

    public DefinitionService Definitions => _services.GetRequiredService<DefinitionService>();

    public ComponentService Components => _services.GetRequiredService<ComponentService>();

    public TemplateService Templates => _services.GetRequiredService<TemplateService>();

    public ISiteRuntime Runtime => _services.GetRequiredService<ISiteRuntime>();

    public static async Task<TemplateTestSite> CreateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), "erpcode-template-tests", Guid.NewGuid().ToString("N"), "site.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDocumentStore>(new SqliteDocumentStore(new StorageOptions { ConnectionString = $"Data Source={path}" }));
        services.AddErpCodeScripting(new ConfigurationBuilder().Build());
        services.AddSingleton(SharedCompiler);
        services.AddErpCodeDocuments();
        services.AddErpCodeTemplates();
        var provider = services.BuildServiceProvider();
        var ct = TestContext.Current.CancellationToken;
        await provider.GetRequiredService<IDocumentStore>().InitializeAsync(ct);
        await SiteCollections.EnsureAsync(provider.GetRequiredService<IDocumentStore>(), ct);
        await provider.GetRequiredService<TemplateService>().EnsureCollectionsAsync(ct);
        await provider.GetRequiredService<ISiteRuntime>().RefreshAsync(ct);
        return new TemplateTestSite(path, provider);
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
