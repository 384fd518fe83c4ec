using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Snapshots;
using ErpCode.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Scripting.Tests.Security;

/// <summary>
/// A site wired as the server wires it (scripting, documents, security) over a SQLite file of its own, so stored code
/// reaches documents through the document service and the portal's caller can be read back.
/// </summary>
internal sealed class PortalTestSite : IAsyncDisposable
{
    private static readonly ComponentCompiler SharedCompiler = new();
    private readonly string _folder;
    private readonly ServiceProvider _services;

    private PortalTestSite(string folder, ServiceProvider services)
    {
        _folder = folder;
        _services = services;
    }

    public ComponentService Components => _services.GetRequiredService<ComponentService>();

    public static async Task<PortalTestSite> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "erpcode-portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDocumentStore>(new SqliteDocumentStore(new StorageOptions { ConnectionString = $"Data Source={Path.Combine(folder, "site.db")}" }));
        services.AddSingleton<IAuditLog>(new RecordingAuditLog());
        services.AddErpCodeScripting(new ConfigurationBuilder().Build());
        services.AddSingleton(SharedCompiler);
        services.AddErpCodeDocuments();
        var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IDocumentStore>();
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        await SiteCollections.EnsureAsync(store, TestContext.Current.CancellationToken);
        return new PortalTestSite(folder, provider);
    }

    /// <summary>Runs the Script <paramref name="reference"/> for <paramref name="caller"/> through the invoker and returns its value.</summary>
    public async Task<object?> RunScriptAsync(string reference, Caller caller)
    {
        var runtime = _services.GetRequiredService<ComponentRuntime>();
        await runtime.RefreshAsync(TestContext.Current.CancellationToken);
        using var lease = runtime.Lease();
        var context = _services.GetRequiredService<ScriptContextFactory>().Create(caller, reference);
        return _services.GetRequiredService<ComponentInvoker>().RunScript(lease, reference, null, context, TestContext.Current.CancellationToken);
    }

    /// <summary>Calls <paramref name="method"/> of the Document component <paramref name="reference"/> for <paramref name="caller"/>.</summary>
    public async Task<object?> CallMethodAsync(string reference, string method, Caller caller)
    {
        var runtime = _services.GetRequiredService<ComponentRuntime>();
        await runtime.RefreshAsync(TestContext.Current.CancellationToken);
        using var lease = runtime.Lease();
        var context = _services.GetRequiredService<ScriptContextFactory>().Create(caller, reference);
        var document = ScriptContextFactory.Document("D-1", reference, Core.Storage.Values.DocumentValue.Empty);
        return _services.GetRequiredService<ComponentInvoker>().CallMethod(lease, reference, method, document, context, [], TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
