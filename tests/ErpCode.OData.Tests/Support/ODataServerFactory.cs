using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ErpCode.OData.Tests.Support;

/// <summary>The real host on Kestrel at 127.0.0.1 on a free port, with its own temporary SQLite site and a known admin password.</summary>
public sealed class ODataServerFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "admin-odata-password";

    private readonly Dictionary<string, string?> _settings;

    public ODataServerFactory(IDictionary<string, string?>? settings = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "erpcode-odata-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(Folder, "site.db")}",
            ["Site:AdminPassword"] = AdminPassword,

            // The repository's appsettings.json installs the shipped templates and the demo seed; tests start empty.
            ["Site:Templates"] = string.Empty,
            ["Site:Seed"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string Folder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
