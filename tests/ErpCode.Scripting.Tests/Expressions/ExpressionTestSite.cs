using ErpCode.Core.Security;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Expressions;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Expressions;
using ErpCode.Scripting.Globals;
using ErpCode.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ErpCode.Scripting.Tests.Expressions;

/// <summary>
/// A real expression compiler over a SQLite store in a temporary file (opened only if an expression reaches the
/// portal) and a clock fixed at <see cref="Now"/>.
/// </summary>
internal sealed class ExpressionTestSite : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "erpcode-expression-tests", Guid.NewGuid().ToString("N"));

    public ExpressionTestSite(ScriptBudgetOptions? budgets = null)
    {
        Store = new SqliteDocumentStore(new StorageOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "site.db")}" });
        var contexts = new ScriptContextFactory(Store, new FixedTime(Now), NullLoggerFactory.Instance);
        Compiler = new ExpressionCompiler(Options.Create(budgets ?? new ScriptBudgetOptions()), contexts);
    }

    public SqliteDocumentStore Store { get; }

    public ExpressionCompiler Compiler { get; }

    public static ExpressionScope Scope(params (string Name, DocValue Value)[] properties) =>
        new(DocumentValue.Create(properties), "SO-1", "SaleOrder", new Caller("ann", ["Sales"]), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
