using ErpCode.Core.Components;
using ErpCode.Core.Storage;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Snapshots;
using ErpCode.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ErpCode.Scripting.Tests.Components;

/// <summary>
/// One site for a test: a real SQLite store in a temporary file, the component service, a runtime and an invoker.
/// <see cref="OpenSecondNode"/> opens another runtime over the same file, as a second server would.
/// </summary>
internal sealed class ScriptingTestSite : IAsyncDisposable
{
    private static readonly ComponentCompiler SharedCompiler = new();
    private readonly List<IAsyncDisposable> _owned = [];

    private ScriptingTestSite(string path, SqliteDocumentStore store, ScriptBudgetOptions budgets)
    {
        FilePath = path;
        Store = store;
        Budgets = budgets;
        Components = new ComponentService(store, SharedCompiler, TimeProvider.System);
        Runtime = new ComponentRuntime(store, Components, SharedCompiler, NullLogger<ComponentRuntime>.Instance);
        Invoker = new ComponentInvoker(Options.Create(budgets));
        Contexts = new ScriptContextFactory(store, TimeProvider.System, NullLoggerFactory.Instance);
    }

    public string FilePath { get; }

    public SqliteDocumentStore Store { get; }

    public ScriptBudgetOptions Budgets { get; }

    public ComponentService Components { get; }

    public ComponentRuntime Runtime { get; }

    public ComponentInvoker Invoker { get; }

    public ScriptContextFactory Contexts { get; }

    public static Task<ScriptingTestSite> CreateAsync(ScriptBudgetOptions? budgets = null) =>
        OpenAsync(Path.Combine(Path.GetTempPath(), "erpcode-scripting-tests", Guid.NewGuid().ToString("N"), "site.db"), budgets);

    public async Task<ScriptingTestSite> OpenSecondNode()
    {
        var second = await OpenAsync(FilePath, Budgets);
        _owned.Add(second);
        return second;
    }

    public ScriptContext Context(string component = "test") =>
        Contexts.Create(new ScriptUser("tester", ["Manager"]), component);

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        Runtime.Dispose();
        await Store.DisposeAsync();
        var folder = Path.GetDirectoryName(FilePath)!;
        if (_owned.Count == 0 && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<ScriptingTestSite> OpenAsync(string path, ScriptBudgetOptions? budgets)
    {
        var store = new SqliteDocumentStore(new StorageOptions { ConnectionString = $"Data Source={path}", RevisionPollInterval = TimeSpan.FromMilliseconds(100) });
        var site = new ScriptingTestSite(path, store, budgets ?? new ScriptBudgetOptions());
        await site.Components.EnsureCollectionsAsync(TestContext.Current.CancellationToken);
        return site;
    }
}
