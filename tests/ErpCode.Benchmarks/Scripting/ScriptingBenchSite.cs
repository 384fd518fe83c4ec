using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Roles;
using ErpCode.Core.Storage;
using ErpCode.Scripting;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.BusinessClasses;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Sites;
using ErpCode.Scripting.Snapshots;
using ErpCode.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ErpCode.Benchmarks.Scripting;

/// <summary>
/// One site for a scripting benchmark, wired like the scripting tests' site: a SQLite store in a file of its own
/// under the temp folder, the component service, a runtime and an invoker over one compiler.
/// </summary>
internal sealed class ScriptingBenchSite : IAsyncDisposable
{
    private ScriptingBenchSite(string folder, SqliteDocumentStore store, ComponentCompiler compiler)
    {
        Folder = folder;
        Store = store;
        Compiler = compiler;
        Runtime = new ComponentRuntime(store, compiler, NullLogger<ComponentRuntime>.Instance);
        Invoker = new ComponentInvoker(Options.Create(new ScriptBudgetOptions()));
        Contexts = new ScriptContextFactory(store, TimeProvider.System, NullLoggerFactory.Instance);
        var audit = new AuditLog(store, TimeProvider.System);
        var site = new SiteRuntime(Runtime, new BusinessClassesFactory(Invoker, Contexts));
        Components = new ComponentService(store, compiler, new SecurityPolicy(site, audit), audit, TimeProvider.System);
    }

    /// <summary>Who saves the benchmarks' code: a Manager, who holds ManageCode.</summary>
    public static Caller Bench { get; } = new("bench", [SiteRoles.Manager]);

    public string Folder { get; }

    public SqliteDocumentStore Store { get; }

    public ComponentCompiler Compiler { get; }

    public ComponentService Components { get; }

    public ComponentRuntime Runtime { get; }

    public ComponentInvoker Invoker { get; }

    public ScriptContextFactory Contexts { get; }

    public static async Task<ScriptingBenchSite> CreateAsync(ComponentCompiler? compiler = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "erpcode-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = new SqliteDocumentStore(new StorageOptions { ConnectionString = $"Data Source={Path.Combine(folder, "site.db")}" });
        var site = new ScriptingBenchSite(folder, store, compiler ?? new ComponentCompiler());
        await site.Components.EnsureCollectionsAsync();
        await store.EnsureCollectionAsync(AuditLog.Definition);
        return site;
    }

    public ScriptContext Context(string component = "bench") =>
        Contexts.Create(new ScriptUser("bench", ["Manager"]), component);

    /// <summary>Saves a component and fails loudly unless it validated.</summary>
    public async Task<Component> SaveValidAsync(string reference, ComponentKind kind, string source)
    {
        var saved = await Components.SaveAsync(reference, kind, source, Bench);
        if (saved.ValidationState != ComponentValidationState.Validated)
        {
            throw new InvalidOperationException($"{reference} did not validate: {string.Join("; ", saved.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Code} {d.Message}"))}");
        }

        return saved;
    }

    /// <summary>Refreshes the runtime and fails loudly when the snapshot left a component out.</summary>
    public async Task<RuntimeSnapshot> RefreshCleanAsync()
    {
        var snapshot = await Runtime.RefreshAsync();
        if (!snapshot.Problems.IsEmpty)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, snapshot.Problems));
        }

        return snapshot;
    }

    public async ValueTask DisposeAsync()
    {
        Runtime.Dispose();
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: leave the folder to the temp cleaner.
        }
    }
}
