using System.Collections.Immutable;
using ErpCode.Core.Security;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Types;
using ErpCode.Scripting.Snapshots;
using ErpCode.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Benchmarks.Documents;

/// <summary>
/// A site for the document benchmarks, wired as the server wires it (scripting layer, definition and document
/// services) over a SQLite file of its own under the temp folder. A second node can open the same file.
/// </summary>
internal sealed class DocumentBenchSite : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DocumentBenchSite(string path, ServiceProvider services)
    {
        FilePath = path;
        _services = services;
    }

    public string FilePath { get; }

    public Caller Caller { get; } = new("bench", ImmutableArray.Create("Manager"));

    public IDocumentStore Store => _services.GetRequiredService<IDocumentStore>();

    public DefinitionService Definitions => _services.GetRequiredService<DefinitionService>();

    public ErpCode.Core.Types.Storage.DefinitionStore DefinitionStore => _services.GetRequiredService<ErpCode.Core.Types.Storage.DefinitionStore>();

    public ErpCode.Core.Components.ComponentService Components => _services.GetRequiredService<ErpCode.Core.Components.ComponentService>();

    public ErpCode.Core.Documents.DocumentService Documents => _services.GetRequiredService<ErpCode.Core.Documents.DocumentService>();

    public ISiteRuntime Site => _services.GetRequiredService<ISiteRuntime>();

    public ComponentRuntime Runtime => _services.GetRequiredService<ComponentRuntime>();

    public ErpCode.Core.Types.Expressions.IExpressionCompiler Expressions => _services.GetRequiredService<ErpCode.Core.Types.Expressions.IExpressionCompiler>();

    public static Task<DocumentBenchSite> CreateAsync() =>
        OpenAsync(Path.Combine(Path.GetTempPath(), "erpcode-bench", Guid.NewGuid().ToString("N"), "site.db"));

    public Task<DocumentBenchSite> OpenSecondNodeAsync() => OpenAsync(FilePath);

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private static async Task<DocumentBenchSite> OpenAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var services = new ServiceCollection();
        services.AddLogging();
        // ERPCODE_BENCH_SYNCHRONOUS=Normal measures the service without waiting for the disk on every commit.
        services.AddSingleton<IDocumentStore>(new SqliteDocumentStore(new StorageOptions
        {
            ConnectionString = $"Data Source={path}",
            Synchronous = Environment.GetEnvironmentVariable("ERPCODE_BENCH_SYNCHRONOUS") ?? "Full",
        }));
        services.AddErpCodeScripting(new ConfigurationBuilder().Build());
        services.AddErpCodeDocuments();
        var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IDocumentStore>();
        await store.InitializeAsync();
        await SiteCollections.EnsureAsync(store);
        await provider.GetRequiredService<ISiteRuntime>().RefreshAsync();
        return new DocumentBenchSite(path, provider);
    }
}
