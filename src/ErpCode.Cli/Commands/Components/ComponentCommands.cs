using ErpCode.Cli.Hosting;
using ErpCode.Core.Components;
using ErpCode.Scripting.Testing;
using Spectre.Console;

namespace ErpCode.Cli.Commands.Components;

/// <summary><c>erpcode component list</c>: every component with its kind, version, state and proxy roles.</summary>
internal sealed class ComponentListCommand(IAnsiConsole console) : SiteCommand<SiteSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, SiteSettings settings, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumns("Component", "Kind", "Version", "State", "Proxy roles");
        foreach (var component in (await site.Get<ComponentService>().ListAsync(cancellationToken)).OrderBy(c => c.Reference, StringComparer.Ordinal))
        {
            table.AddRow(
                Markup.Escape(component.Reference),
                component.Kind.ToString(),
                component.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                component.ValidationState == ComponentValidationState.Validated ? "Validated" : $"[yellow]{component.ValidationState}[/]",
                Markup.Escape(string.Join(", ", component.ProxyRoles)));
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

        Console.MarkupLineInterpolated($"[bold]{component.DisplayName}[/]  {component.ValidationState}{(component.IsProxied ? $"  proxy roles: {string.Join(", ", component.ProxyRoles)}" : string.Empty)}");
        foreach (var diagnostic in component.Diagnostics)
        {
            Console.MarkupLineInterpolated($"[{(diagnostic.Severity == "Error" ? "red" : "yellow")}]{diagnostic}[/]");
        }

        Console.WriteLine();
        Console.WriteLine(component.Source);
        return 0;
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
