using ErpCode.Cli.Hosting;
using ErpCode.Templates.Folders;
using ErpCode.Templates.Items;
using ErpCode.Templates.Operations;
using ErpCode.Templates.Planning;
using Spectre.Console;

namespace ErpCode.Cli.Commands.Templates;

/// <summary><c>erpcode template list</c>: the templates installed, and those the repository offers.</summary>
internal sealed class TemplateListCommand(IAnsiConsole console) : SiteCommand<TemplateSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, TemplateSettings settings, CancellationToken cancellationToken)
    {
        var installed = await site.Get<TemplateService>().ListAsync(Caller, cancellationToken);
        var repository = TemplateSource.Repository(site, settings);
        var offered = Directory.Exists(repository.Root)
            ? Directory.GetDirectories(repository.Root).Select(Path.GetFileName).OfType<string>().Where(repository.Contains).Order(StringComparer.Ordinal).ToList()
            : [];
        var table = new Table().AddColumns("Template", "Installed", "Installed at", "By", "Items", "In the repository");
        foreach (var name in installed.Select(t => t.Name).Union(offered).Order(StringComparer.Ordinal))
        {
            var template = installed.FirstOrDefault(t => t.Name == name);
            table.AddRow(
                Markup.Escape(name),
                template?.Version.ToString() ?? "-",
                template?.InstalledAt.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                Markup.Escape(template?.InstalledBy ?? string.Empty),
                template?.Items.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                offered.Contains(name) ? Markup.Escape(repository.Read(name).Manifest.Version.ToString()) : "-");
        }

        Console.Write(table);
        return 0;
    }
}

/// <summary>A change applied from a template folder (install or upgrade): the folder and repository read once, then plan and apply.</summary>
internal abstract class TemplateFolderChangeCommand(IAnsiConsole console) : SiteCommand<TemplateChangeSettings>(console)
{
    protected override Task<int> RunAsync(CliSite site, TemplateChangeSettings settings, CancellationToken cancellationToken)
    {
        var templates = site.Get<TemplateService>();
        var folder = TemplateSource.Read(site, settings);
        var repository = TemplateSource.Repository(site, settings);
        return TemplateChange.RunAsync(
            Console,
            settings,
            () => PlanAsync(templates, folder, repository, cancellationToken),
            resolutions => ApplyAsync(templates, folder, repository, resolutions, cancellationToken));
    }

    protected abstract Task<OperationPlan> PlanAsync(TemplateService templates, TemplateFolder folder, TemplateRepository repository, CancellationToken cancellationToken);

    protected abstract Task<OperationPlan> ApplyAsync(TemplateService templates, TemplateFolder folder, TemplateRepository repository, IReadOnlyDictionary<TemplateItemKey, ConflictResolution> resolutions, CancellationToken cancellationToken);
}

/// <summary><c>erpcode template install TEMPLATE</c>: plans, confirms, installs (dependencies first) in one transaction.</summary>
internal sealed class TemplateInstallCommand(IAnsiConsole console) : TemplateFolderChangeCommand(console)
{
    protected override Task<OperationPlan> PlanAsync(TemplateService templates, TemplateFolder folder, TemplateRepository repository, CancellationToken cancellationToken) =>
        templates.PlanInstallAsync(folder, repository, Caller, cancellationToken);

    protected override Task<OperationPlan> ApplyAsync(TemplateService templates, TemplateFolder folder, TemplateRepository repository, IReadOnlyDictionary<TemplateItemKey, ConflictResolution> resolutions, CancellationToken cancellationToken) =>
        templates.InstallAsync(folder, repository, resolutions, Caller, cancellationToken);
}

/// <summary><c>erpcode template upgrade TEMPLATE</c>: plans (with conflicts where the site changed items), confirms, upgrades.</summary>
internal sealed class TemplateUpgradeCommand(IAnsiConsole console) : TemplateFolderChangeCommand(console)
{
    protected override Task<OperationPlan> PlanAsync(TemplateService templates, TemplateFolder folder, TemplateRepository repository, CancellationToken cancellationToken) =>
        templates.PlanUpgradeAsync(folder, repository, Caller, cancellationToken);

    protected override Task<OperationPlan> ApplyAsync(TemplateService templates, TemplateFolder folder, TemplateRepository repository, IReadOnlyDictionary<TemplateItemKey, ConflictResolution> resolutions, CancellationToken cancellationToken) =>
        templates.UpgradeAsync(folder, repository, resolutions, Caller, cancellationToken);
}

/// <summary><c>erpcode template uninstall NAME</c>: plans (what happens to documents of its types), confirms, uninstalls.</summary>
internal sealed class TemplateUninstallCommand(IAnsiConsole console) : SiteCommand<TemplateChangeSettings>(console)
{
    protected override Task<int> RunAsync(CliSite site, TemplateChangeSettings settings, CancellationToken cancellationToken)
    {
        var templates = site.Get<TemplateService>();
        return TemplateChange.RunAsync(
            Console,
            settings,
            () => templates.PlanUninstallAsync(settings.Template, Caller, cancellationToken),
            resolutions => templates.UninstallAsync(settings.Template, resolutions, Caller, cancellationToken));
    }
}

/// <summary><c>erpcode template diff TEMPLATE</c>: the site against the template folder, item by item, as unified text.</summary>
internal sealed class TemplateDiffCommand(IAnsiConsole console) : SiteCommand<TemplateNameSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, TemplateNameSettings settings, CancellationToken cancellationToken)
    {
        var diffs = await site.Get<TemplateService>().DiffAsync(TemplateSource.Read(site, settings), Caller, cancellationToken);
        var differing = diffs.Where(d => d.Kind != ChangeKind.Unchanged).ToList();
        foreach (var diff in differing)
        {
            Console.WriteLine(diff.Text);
        }

        Console.MarkupLineInterpolated($"{differing.Count} item(s) differ, {diffs.Length - differing.Count} the same.");
        return 0;
    }
}

/// <summary><c>erpcode template export NAME</c>: writes an installed template back to its folder format.</summary>
internal sealed class TemplateExportCommand(IAnsiConsole console) : SiteCommand<TemplateExportSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, TemplateExportSettings settings, CancellationToken cancellationToken)
    {
        var root = settings.To ?? TemplateSource.Repository(site, settings).Root;
        var export = await site.Get<TemplateService>().ExportAsync(settings.Template, root, Caller, cancellationToken);
        Console.MarkupLineInterpolated($"Wrote {export.Files.Length} file(s) to {export.Folder}.");
        foreach (var missing in export.Missing)
        {
            Console.MarkupLineInterpolated($"[yellow]{missing} is no longer on the site; not written.[/]");
        }

        return 0;
    }
}

/// <summary>The shared steps of a change: plan, show, resolve conflicts, confirm, apply with a spinner.</summary>
internal static class TemplateChange
{
    public static async Task<int> RunAsync(
        IAnsiConsole console,
        TemplateChangeSettings settings,
        Func<Task<OperationPlan>> plan,
        Func<IReadOnlyDictionary<TemplateItemKey, ConflictResolution>, Task<OperationPlan>> apply)
    {
        var planned = await plan();
        PlanConsole.Show(console, planned);
        if (PlanConsole.Resolve(console, planned, settings.ConflictResolution) is not { } resolutions || !PlanConsole.Confirmed(console, settings))
        {
            return 1;
        }

        OperationPlan? applied = null;
        await console.Status().StartAsync("Applying…", async _ => applied = await apply(resolutions));
        console.MarkupLineInterpolated($"[green]Done:[/] {string.Join("; ", applied!.Templates.Select(t => t.ToString()))}");
        return 0;
    }
}
