using ErpCode.Core.Errors;
using ErpCode.Core.Security;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Errors;
using ErpCode.Server.Authentication;
using ErpCode.Templates.Folders;
using ErpCode.Templates.Operations;
using ErpCode.Templates.Seed;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ErpCode.Server.Sites;

/// <summary>
/// At start, after the store and the first user: on a site without templates, installs <c>Site:Templates</c> from
/// <c>business-templates/</c> beside appsettings.json (each with its dependencies first, in one transaction each) and,
/// when <c>Site:Seed</c> is true, loads <c>seed/</c>. Once the server listens, prints where the portal and OData are
/// and how to sign in. A template or seed that cannot be applied is logged and the server stays up.
/// </summary>
internal sealed partial class SiteBootstrapper(
    IDocumentStore store,
    TemplateService templates,
    SeedLoader seed,
    ISiteRuntime runtime,
    IOptions<SiteOptions> options,
    IHostEnvironment environment,
    IServer server,
    IHostApplicationLifetime lifetime,
    BootstrapConsole console,
    ILogger<SiteBootstrapper> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(PrintWhereToGo);
        var settings = options.Value;
        if (settings.Templates.IsEmpty && !settings.Seed)
        {
            return;
        }

        try
        {
            await SiteCollections.EnsureAsync(store, cancellationToken);
            await templates.EnsureCollectionsAsync(cancellationToken);
            if ((await templates.ListAsync(Caller.System, cancellationToken)).Count > 0)
            {
                return;
            }

            var repository = new TemplateRepository(Path.Combine(environment.ContentRootPath, "business-templates"));
            foreach (var name in settings.Templates)
            {
                var installed = (await templates.ListAsync(Caller.System, cancellationToken)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
                if (installed.Contains(name))
                {
                    continue;
                }

                var plan = await templates.InstallAsync(repository.Read(name), repository, null, Caller.System, cancellationToken);
                var names = string.Join(", ", plan.Templates.Select(t => t.Name));
                LogInstalled(logger, names, repository.Root);
            }

            await runtime.RefreshAsync(cancellationToken);
            if (settings.Seed)
            {
                var folder = Path.Combine(environment.ContentRootPath, "seed");
                var result = await seed.LoadAsync(folder, Caller.System, cancellationToken);
                var summary = result.ToString();
                LogSeeded(logger, folder, summary);
            }
        }
        catch (StorageException ex)
        {
            // The store initializer has logged why the store cannot be used, and /health reports it.
            LogBootstrapFailed(logger, ex.Message);
        }
        catch (ErpCodeException ex)
        {
            LogBootstrapFailed(logger, ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void PrintWhereToGo()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/') ?? "http://localhost:5080";
        LogListening(logger, address + "/", address + "/odata");
        console.Writer.WriteLine($"ErpCode: portal  {address}/");
        console.Writer.WriteLine($"ErpCode: OData   {address}/odata  (HTTP Basic, or a token from POST {address}/auth/token)");
        console.Writer.WriteLine("ErpCode: sign in as admin (the password printed at first start, or Site:AdminPassword)"
            + (options.Value.Seed ? ", or as a demo user of seed/users.json: sam (Sales), alice (Accountant), maria (Manager), otto (Auditor)" : string.Empty));
        console.Writer.Flush();
    }

    [LoggerMessage(EventId = 7001, EventName = "SiteTemplatesInstalled", Level = LogLevel.Information, Message = "Installed the business templates {Templates} from {Folder}")]
    private static partial void LogInstalled(ILogger logger, string templates, string folder);

    [LoggerMessage(EventId = 7002, EventName = "SiteSeeded", Level = LogLevel.Information, Message = "Loaded the demo data of {Folder}: {Result}")]
    private static partial void LogSeeded(ILogger logger, string folder, string result);

    [LoggerMessage(EventId = 7003, EventName = "SiteBootstrapFailed", Level = LogLevel.Error, Message = "The site could not be set up: {Reason}")]
    private static partial void LogBootstrapFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 7004, EventName = "SiteListening", Level = LogLevel.Information, Message = "Portal at {Portal}, OData at {OData}")]
    private static partial void LogListening(ILogger logger, string portal, string odata);
}
