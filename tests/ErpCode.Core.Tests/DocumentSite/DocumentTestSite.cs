using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Storage;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Snapshots;
using ErpCode.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Core.Tests.DocumentSite;

/// <summary>
/// One site for a test, wired as the server wires it: a real SQLite store in a temporary file, the scripting layer
/// (component runtime, expression compiler, business classes) and the definition and document services.
/// <see cref="OpenSecondNodeAsync"/> opens another node over the same file, as a second server would.
/// </summary>
internal sealed class DocumentTestSite : IAsyncDisposable
{
    // Roslyn's first compile costs seconds; the tests share one warm compiler, as one server process does.
    private static readonly ComponentCompiler SharedCompiler = new();
    private readonly ServiceProvider _services;
    private readonly bool _ownsFolder;

    private DocumentTestSite(string path, ServiceProvider services, bool ownsFolder)
    {
        FilePath = path;
        _services = services;
        _ownsFolder = ownsFolder;
    }

    public string FilePath { get; }

    public Caller Caller { get; } = new("tester", ImmutableArray.Create("Manager"));

    public IDocumentStore Store => _services.GetRequiredService<IDocumentStore>();

    public DefinitionService Definitions => _services.GetRequiredService<DefinitionService>();

    public DefinitionStore DefinitionStore => _services.GetRequiredService<DefinitionStore>();

    public global::ErpCode.Core.Documents.DocumentService Documents => _services.GetRequiredService<global::ErpCode.Core.Documents.DocumentService>();

    public ComponentService Components => _services.GetRequiredService<ComponentService>();

    public ISiteRuntime Runtime => _services.GetRequiredService<ISiteRuntime>();

    /// <summary>The site's services, for what a test reaches as the host does (the invoker of business methods).</summary>
    public IServiceProvider Services => _services;

    public static Task<DocumentTestSite> CreateAsync() =>
        OpenAsync(Path.Combine(Path.GetTempPath(), "erpcode-document-tests", Guid.NewGuid().ToString("N"), "site.db"), ownsFolder: true);

    public Task<DocumentTestSite> OpenSecondNodeAsync() => OpenAsync(FilePath, ownsFolder: false);

    /// <summary>Follows the store's revision as a running server does, until cancelled.</summary>
    public Task WatchAsync(CancellationToken cancellationToken) => _services.GetRequiredService<ComponentRuntime>().WatchAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        var folder = Path.GetDirectoryName(FilePath)!;
        if (_ownsFolder && Directory.Exists(folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<DocumentTestSite> OpenAsync(string path, bool ownsFolder)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDocumentStore>(new SqliteDocumentStore(new StorageOptions
        {
            ConnectionString = $"Data Source={path}",
            RevisionPollInterval = TimeSpan.FromMilliseconds(100),
        }));
        services.AddErpCodeScripting(configuration);
        services.AddSingleton(SharedCompiler);
        services.AddErpCodeDocuments();
        var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IDocumentStore>();
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await SiteCollections.EnsureAsync(store, TestContext.Current.CancellationToken);
        await provider.GetRequiredService<ISiteRuntime>().RefreshAsync(TestContext.Current.CancellationToken);
        return new DocumentTestSite(path, provider, ownsFolder);
    }
}
