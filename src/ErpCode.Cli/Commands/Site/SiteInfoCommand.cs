using ErpCode.Cli.Hosting;
using ErpCode.Core.Components;
using ErpCode.Core.Security.Users;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using Spectre.Console;

namespace ErpCode.Cli.Commands.Site;

/// <summary><c>erpcode site info</c>: where the site is and what it holds.</summary>
internal sealed class SiteInfoCommand(IAnsiConsole console) : SiteCommand<SiteSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, SiteSettings settings, CancellationToken cancellationToken)
    {
        var store = site.Get<IDocumentStore>();
        using var lease = site.Get<ISiteRuntime>().Lease();
        var components = await site.Get<ComponentService>().ListAsync(cancellationToken);
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("Configuration", Markup.Escape(site.ConfigFile));
        grid.AddRow("Store", Markup.Escape($"{store.Provider}: {store.Description}"));
        grid.AddRow("Revision", lease.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        grid.AddRow("Portal types", Markup.Escape(string.Join(", ", lease.Types.Types.Select(t => t.Name).Order(StringComparer.Ordinal))));
        grid.AddRow("Workflows", lease.Types.Definitions.Workflows.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        grid.AddRow("Components", $"{components.Count} ({components.Count(c => c.Runs)} running)");
        grid.AddRow("Users", (await site.Get<UserService>().CountAsync(cancellationToken)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Console.Write(grid);
        foreach (var problem in lease.Types.Problems)
        {
            Console.MarkupLineInterpolated($"[yellow]{problem}[/]");
        }

        return 0;
    }
}
