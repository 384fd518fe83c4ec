using ErpCode.Core.Storage;
using ErpCode.Portal.DependencyInjection;
using ErpCode.Server.Authentication;
using ErpCode.Server.Health;
using ErpCode.Server.Storage;
using Serilog;

namespace ErpCode.Server.Configuration;

/// <summary>All the wiring of the host, so Program.cs stays one screen.</summary>
internal static class ServerSetup
{
    public static WebApplicationBuilder AddErpCodeServer(this WebApplicationBuilder builder)
    {
        // The content root is the folder of appsettings.json (SiteRoot), which the default builder reads,
        // followed by environment variables and the command line.
        var root = builder.Environment.ContentRootPath;

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));

        builder.Services.AddErpCodeStorage(builder.Configuration).AddSqlite().AddMongoDB();
        builder.Services.PostConfigure<StorageOptions>(options => options.BaseDirectory ??= root);
        builder.Services.AddHostedService<StoreInitializer>();
        builder.Services.AddErpCodeAuthentication(builder.Configuration);
        builder.Services.AddHostedService<AdminBootstrapper>(); // after StoreInitializer: hosted services start in order
        builder.Services.AddErpCodeScripting(builder.Configuration);
        builder.Services.AddErpCodeDocuments();
        builder.Services.AddErpCodeSiteBootstrap(builder.Configuration); // after AdminBootstrapper: installs Site:Templates and the seed
        builder.Services.AddErpCodeOData(builder.Configuration, context => context.GetCaller());
        builder.Services.AddErpCodePortal(principal => principal.ToCaller());
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return builder;
    }

    public static WebApplication UseErpCodeServer(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous(); // the portal's scripts and styles, which the login form uses too
        app.MapErpCodeHealth().AllowAnonymous();
        app.MapErpCodeAuthentication();
        app.MapErpCodeOData();
        app.MapErpCodePortal();
        return app;
    }
}
