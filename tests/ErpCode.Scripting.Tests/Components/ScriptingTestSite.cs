using ErpCode.Core.Components;
using ErpCode.Core.Storage;
using ErpCode.Core.Security.Authorization;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.BusinessClasses;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Sites;
using ErpCode.Scripting.Snapshots;
using ErpCode.Scripting.Tests.Security;
using ErpCode.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ErpCode.Scripting.Tests.Components;

/// <summary>
/// One site for a test: a real SQLite store in a temporary file, the component service (checking ManageCode against the
/// built-in roles, auditing in memory), a runtime and an invoker.
/// <see cref="OpenSecondNode"/> opens another runtime over the same file, as a second server would.
/// </summary>
internal sealed class ScriptingTestSite : IAsyncDisposable
{
    private static readonly ComponentCompiler SharedCompiler = new();
    private readonly List<IAsyncDisposable> _owned = [];

    private ScriptingTestSite(string path, SqliteDocumentStore store, ScriptBudgetOptions budgets, ComponentCompiler compiler)
    {
        FilePath = path;
        Store = store;
        Budgets = budgets;
        Compiler = compiler;
        Runtime = new ComponentRuntime(store, compiler, NullLogger<ComponentRuntime>.Instance);
        Invoker = new ComponentInvoker(Options.Create(budgets));
        Contexts = new ScriptContextFactory(store, TimeProvider.System, NullLoggerFactory.Instance);
        var site = new SiteRuntime(Runtime, new BusinessClassesFactory(Invoker, Contexts));
        Components = new ComponentService(store, compiler, new SecurityPolicy(site, Audit), Audit, TimeProvider.System);
    }

    public string FilePath { get; }

    public SqliteDocumentStore Store { get; }

    public ScriptBudgetOptions Budgets { get; }

    public ComponentCompiler Compiler { get; }

    public ComponentService Components { get; }

    /// <summary>What the component service audited.</summary>
    public RecordingAuditLog Audit { get; } = new();

    public ComponentRuntime Runtime { get; }

    public ComponentInvoker Invoker { get; }

    public ScriptContextFactory Contexts { get; }

    /// <summary>A new site; <paramref name="compiler"/> defaults to one compiler shared by the tests that do not look into it.</summary>
    public static Task<ScriptingTestSite> CreateAsync(ScriptBudgetOptions? budgets = null, ComponentCompiler? compiler = null) =>
        OpenAsync(Path.Combine(Path.GetTempPath(), "erpcode-scripting-tests", Guid.NewGuid().ToString("N"), "site.db"), budgets, compiler);

    public async Task<ScriptingTestSite> OpenSecondNode()
    {
        var second = await OpenAsync(FilePath, Budgets, Compiler);
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

    private static async Task<ScriptingTestSite> OpenAsync(string path, ScriptBudgetOptions? budgets, ComponentCompiler? compiler)
    {
        var store = new SqliteDocumentStore(new StorageOptions { ConnectionString = $"Data Source={path}", RevisionPollInterval = TimeSpan.FromMilliseconds(100) });
        var site = new ScriptingTestSite(path, store, budgets ?? new ScriptBudgetOptions(), compiler ?? SharedCompiler);
        await site.Components.EnsureCollectionsAsync(TestContext.Current.CancellationToken);
        return site;
    }
}
