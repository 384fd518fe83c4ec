using System.ComponentModel;
using ErpCode.Cli.Hosting;
using ErpCode.Templates.Seed;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ErpCode.Cli.Commands.Seed;

internal sealed class SeedSettings : SiteSettings
{
    [CommandOption("--from <DIR>")]
    [Description("The seed folder (default: seed/ beside appsettings.json).")]
    public string? From { get; init; }
}

/// <summary><c>erpcode seed</c>: loads the demo data through the document and user services; what exists is skipped.</summary>
internal sealed class SeedCommand(IAnsiConsole console) : SiteCommand<SeedSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, SeedSettings settings, CancellationToken cancellationToken)
    {
        var folder = settings.From ?? Path.Combine(Path.GetDirectoryName(site.ConfigFile)!, "seed");
        SeedResult? result = null;
        await Console.Status().StartAsync("Loading the seed…", async _ => result = await site.Get<SeedLoader>().LoadAsync(folder, Caller, cancellationToken));
        Console.MarkupLineInterpolated($"[green]Seed loaded:[/] {result}.");
        return 0;
    }
}
