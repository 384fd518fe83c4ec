using System.Collections.Immutable;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Audit;
using ErpCode.Core.Security.Authorization;
using ErpCode.Core.Security.Tokens;
using ErpCode.Core.Security.Users;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Core.Tests.Security.Users;

/// <summary>
/// A site for user and token tests: a real SQLite store in a temporary file, the running site (for role grants),
/// the users and tokens services with the given <c>Security</c> settings, and a hand-moved clock.
/// </summary>
internal sealed class UserTestSite : IAsyncDisposable
{
    public const string ManagerPassword = "manager-secret-1";
    private readonly ServiceProvider _services;
    private readonly string _folder;

    private UserTestSite(ServiceProvider services, string folder, ManualClock clock)
    {
        _services = services;
        _folder = folder;
        Clock = clock;
    }

    /// <summary>The clock the services use.</summary>
    public ManualClock Clock { get; }

    /// <summary>The first Manager, created by <see cref="CreateAsync"/>.</summary>
    public Caller Manager { get; } = new("boss", ImmutableArray.Create("Manager"));

    public UserService Users => _services.GetRequiredService<UserService>();

    public ApiTokenService Tokens => _services.GetRequiredService<ApiTokenService>();

    public IDocumentStore Store => _services.GetRequiredService<IDocumentStore>();

    public static async Task<UserTestSite> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "erpcode-user-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var clock = new ManualClock();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDocumentStore>(new SqliteDocumentStore(new StorageOptions { ConnectionString = $"Data Source={Path.Combine(folder, "site.db")}" }));
        services.AddErpCodeScripting(configuration);
        services.AddErpCodeDocuments();
        services.AddErpCodeUsers(configuration);
        services.AddSingleton<TimeProvider>(clock);
        var provider = services.BuildServiceProvider();
        var site = new UserTestSite(provider, folder, clock);
        var ct = TestContext.Current.CancellationToken;
        await site.Store.InitializeAsync(ct);
        await SiteCollections.EnsureAsync(site.Store, ct);
        await site.Users.EnsureCollectionsAsync(ct);
        await site.Tokens.EnsureCollectionsAsync(ct);
        await provider.GetRequiredService<ISiteRuntime>().RefreshAsync(ct);
        await site.Users.CreateAsync(new NewUser("boss", ManagerPassword) { Roles = ["Manager"] }, Caller.System, ct);
        return site;
    }

    /// <summary>Creates an enabled user with the given roles and password <c>password-1</c>.</summary>
    public Task<UserInfo> AddUserAsync(string name, params string[] roles) =>
        Users.CreateAsync(new NewUser(name, "password-1") { Roles = [.. roles] }, Manager, TestContext.Current.CancellationToken);

    /// <summary>Every audit event of <paramref name="kind"/>, newest first.</summary>
    public async Task<IReadOnlyList<AuditEvent>> AuditAsync(string kind)
    {
        var log = _services.GetRequiredService<AuditLog>();
        var page = await log.QueryAsync(new AuditQuery { Kind = kind }, Manager, _services.GetRequiredService<SecurityPolicy>(), TestContext.Current.CancellationToken);
        return page.Events;
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
