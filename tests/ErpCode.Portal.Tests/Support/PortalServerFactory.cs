using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ErpCode.Portal.Tests.Support;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 (free port), with its own temporary SQLite file, the shipped templates and
/// the demo seed as the repository's appsettings.json installs them, the admin's password known and admin a developer,
/// and one extra folder of templates (<see cref="TemplateFolder"/>, empty at start) as <c>Portal:TemplateFolders:0</c>.
/// </summary>
public sealed class PortalServerFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "portal-admin-2026";

    public PortalServerFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "erpcode-portal-tests", Guid.NewGuid().ToString("N"));
        TemplateFolder = Path.Combine(Folder, "templates");
        Directory.CreateDirectory(TemplateFolder);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string Folder { get; }

    /// <summary>The extra folder of templates the templates page offers; tests write templates into it before opening the page. Deleted with <see cref="Folder"/>.</summary>
    public string TemplateFolder { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={Path.Combine(Folder, "site.db")}");
        builder.UseSetting("Site:AdminPassword", AdminPassword);
        builder.UseSetting("Security:Developers:0", "admin");
        builder.UseSetting("Site:Templates", "erp_base,erp_trade,erp_accounting");
        builder.UseSetting("Site:Seed", "true");
        builder.UseSetting("Portal:TemplateFolders:0", TemplateFolder);

        // Every test signs in through the form from 127.0.0.1: far more than the 10 a minute a real address may try.
        builder.UseSetting("Security:RateLimit:PermitPerMinute", "100000");
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
