using ErpCode.Core.Errors;
using ErpCode.Core.Security;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ErpCode.Cli.Hosting;

/// <summary>
/// A verb that works on the site: opens it, runs, and turns the errors a user can cause into a red message and exit
/// code 1 (usage errors are Spectre's, exit code 2 or more). The CLI acts as ErpCode itself (<see cref="Caller.System"/>):
/// whoever runs it already holds the site's files or connection string.
/// </summary>
internal abstract class SiteCommand<TSettings>(IAnsiConsole console) : AsyncCommand<TSettings>
    where TSettings : SiteSettings
{
    protected IAnsiConsole Console { get; } = console;

    protected static Caller Caller => Caller.System;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            await using var site = await CliSite.OpenAsync(settings, cancellationToken);
            return await RunAsync(site, settings, cancellationToken);
        }
        catch (Exception ex) when (ex is ErpCodeException or FileNotFoundException or InvalidOperationException or ArgumentException)
        {
            Console.MarkupLineInterpolated($"[red]{ex.Message}[/]");
            return 1;
        }
    }

    protected abstract Task<int> RunAsync(CliSite site, TSettings settings, CancellationToken cancellationToken);
}
