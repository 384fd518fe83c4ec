using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Storage;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.BusinessClasses;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Expressions;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Sites;
using ErpCode.Scripting.Snapshots;
using ErpCode.Scripting.Tests.Security;
using ErpCode.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ErpCode.Scripting.Tests.Sites;

/// <summary>
/// One site with types and code for a test: a real SQLite store in a temporary file with the site's collections,
/// the component and definition services, the expression compiler, the component runtime and the site runtime over it.
/// </summary>
internal sealed class SiteTestSite : IAsyncDisposable
{
    public static readonly Caller Ann = new("ann", ["Manager"]);

    private static readonly ComponentCompiler SharedCompiler = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "erpcode-site-tests", Guid.NewGuid().ToString("N"));

    private SiteTestSite()
    {
        Store = new SqliteDocumentStore(new StorageOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "site.db")}" });
        var budgets = Options.Create(new ScriptBudgetOptions());
        var contexts = new ScriptContextFactory(Store, TimeProvider.System, NullLoggerFactory.Instance);
        Expressions = new ExpressionCompiler(budgets, contexts);
        Runtime = new ComponentRuntime(Store, SharedCompiler, NullLogger<ComponentRuntime>.Instance, Expressions);
        Site = new SiteRuntime(Runtime, new BusinessClassesFactory(new ComponentInvoker(budgets), contexts));
        var audit = new RecordingAuditLog();
        Components = new ComponentService(Store, SharedCompiler, new SecurityPolicy(Site, audit), audit, TimeProvider.System);
        Definitions = new DefinitionService(Store, new DefinitionStore(Store), Expressions, TimeProvider.System, new SecurityPolicy(Site, audit), Site);
    }

    public SqliteDocumentStore Store { get; }

    public ComponentService Components { get; }

    public ExpressionCompiler Expressions { get; }

    public ComponentRuntime Runtime { get; }

    public ISiteRuntime Site { get; }

    public DefinitionService Definitions { get; }

    public static async Task<SiteTestSite> CreateAsync()
    {
        var site = new SiteTestSite();
        await SiteCollections.EnsureAsync(site.Store, TestContext.Current.CancellationToken);
        await site.Components.EnsureCollectionsAsync(TestContext.Current.CancellationToken);
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        Runtime.Dispose();
        await Store.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
