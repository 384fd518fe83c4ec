using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ErpCode.Server.Tests;

/// <summary>
/// The real host on a real Kestrel server bound to 127.0.0.1 on a free port, with its own temporary SQLite file
/// (or any other settings a test gives), never the checkout's data/ folder.
/// </summary>
public sealed class ErpCodeServerFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public ErpCodeServerFactory(IDictionary<string, string?>? settings = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "erpcode-server-tests", Guid.NewGuid().ToString("N"));
        StoreFile = Path.Combine(Folder, "site.db");
        _settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={StoreFile}",

            // An empty site unless a test asks for more: appsettings.json installs the shipped templates and the seed.
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

    public string StoreFile { get; }

    /// <summary>Registrations applied after the host's own, to replace a service (such as the console the first password is printed to).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
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
