using ErpCode.Cli.Hosting;
using ErpCode.Core.Components;
using ErpCode.Scripting.Testing;
using Spectre.Console;

namespace ErpCode.Cli.Commands.Components;

/// <summary><c>erpcode component list</c>: every component with its kind, version, state, proxy roles and whether it is an action of the site.</summary>
internal sealed class ComponentListCommand(IAnsiConsole console) : SiteCommand<SiteSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, SiteSettings settings, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumns("Component", "Kind", "Version", "State", "Proxy roles", "Site action run by");
        foreach (var component in (await site.Get<ComponentService>().ListAsync(cancellationToken)).OrderBy(c => c.Reference, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(component.Reference),
                component.Kind.ToString(),
                component.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                component.ValidationState == ComponentValidationState.Validated ? "Validated" : $"[yellow]{component.ValidationState}[/]",
                Markup.Escape(string.Join(", ", component.ProxyRoles)),
                Markup.Escape(component.Action is { } action ? string.Join(", ", action.Roles) : string.Empty));
        }

        Console.Write(table);
        return 0;
    }
}

/// <summary><c>erpcode component show REFERENCE</c>: a component's state, diagnostics and source.</summary>
internal sealed class ComponentShowCommand(IAnsiConsole console) : SiteCommand<ComponentShowSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, ComponentShowSettings settings, CancellationToken cancellationToken)
    {
        if (await site.Get<ComponentService>().FindAsync(settings.Reference, cancellationToken) is not { } component)
        {
            Console.MarkupLineInterpolated($"[red]There is no component '{settings.Reference}'.[/]");
            return 1;
        }

        if (settings.SourceOnly)
        {
            Console.Profile.Out.Writer.Write(component.Source);
            return 0;
        }

        Console.MarkupLineInterpolated($"[bold]{component.DisplayName}[/]  {component.ValidationState}{(component.IsProxied ? $"  proxy roles: {string.Join(", ", component.ProxyRoles)}" : string.Empty)}");
        if (component.Action is { } declared)
        {
            Console.MarkupLineInterpolated($"action of the site: POST /odata/{declared.Describe(component.Reference)}");
        }

        foreach (var diagnostic in component.Diagnostics)
        {
            Console.MarkupLineInterpolated($"[{(diagnostic.Severity == "Error" ? "red" : "yellow")}]{diagnostic}[/]");
        }

        Console.WriteLine();
        Console.WriteLine(component.Source);
        return 0;
    }
}

/// <summary>
/// <c>erpcode component save REFERENCE FILE</c>: saves new source. Source that compiles goes live on every node;
/// source that does not is kept as Modified with its diagnostics (exit 1) while the last validated version runs on.
/// </summary>
internal sealed class ComponentSaveCommand(IAnsiConsole console) : SiteCommand<ComponentSaveSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, ComponentSaveSettings settings, CancellationToken cancellationToken)
    {
        var components = site.Get<ComponentService>();
        var existing = await components.FindAsync(settings.Reference, cancellationToken);
        var kind = settings.Kind is { Length: > 0 } given
            ? Enum.TryParse<ComponentKind>(given, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : throw new ArgumentException($"--kind takes {string.Join(", ", Enum.GetNames<ComponentKind>())}, not '{given}'.")
            : existing?.Kind ?? throw new ArgumentException($"{settings.Reference} is a new component: give its --kind.");
        var source = await File.ReadAllTextAsync(settings.File, cancellationToken);
        var saved = await components.SaveAsync(settings.Reference, kind, source, Caller, cancellationToken);
        foreach (var diagnostic in saved.Diagnostics)
        {
            Console.MarkupLineInterpolated($"[{(diagnostic.Severity == "Error" ? "red" : "yellow")}]{diagnostic}[/]");
        }

        var compiles = saved.ValidationState == ComponentValidationState.Validated;
        if (compiles)
        {
            Console.MarkupLineInterpolated($"[green]Saved {saved.DisplayName}: it runs on every node from now on.[/]");
        }
        else
        {
            Console.MarkupLineInterpolated($"[yellow]Saved {saved.DisplayName} as {saved.ValidationState}: it does not compile, and the last validated version keeps running.[/]");
        }
        return compiles ? 0 : 1;
    }
}

/// <summary><c>erpcode component test [REFERENCE]</c>: runs Test components inside the site; exit code 1 when one fails.</summary>
internal sealed class ComponentTestCommand(IAnsiConsole console) : SiteCommand<ComponentTestSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, ComponentTestSettings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<ComponentTestResult> results = [];
        await Console.Status().StartAsync("Running tests…", async _ => results = await site.Get<ComponentTestRunner>().RunAsync(settings.Reference, Caller, cancellationToken));
        var table = new Table().AddColumns("Component", "Test", "Result", "Time", "Message");
        foreach (var result in results)
        {
            table.AddRow(
                Markup.Escape(result.Component),
                Markup.Escape(result.Test),
                result.Passed ? "[green]passed[/]" : "[red]failed[/]",
                $"{result.Duration.TotalMilliseconds:0} ms",
                Markup.Escape(result.Message ?? string.Empty));
        }

        Console.Write(table);
        var failed = results.Count(r => !r.Passed);
        Console.MarkupLineInterpolated($"{results.Count - failed} passed, {failed} failed.");
        return failed == 0 ? 0 : 1;
    }
}
