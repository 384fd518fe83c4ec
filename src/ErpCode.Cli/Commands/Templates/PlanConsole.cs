using ErpCode.Templates.Items;
using ErpCode.Templates.Planning;
using Spectre.Console;

namespace ErpCode.Cli.Commands.Templates;

/// <summary>Shows a plan, gets the conflicts resolved and the go-ahead, before anything is touched.</summary>
internal static class PlanConsole
{
    public static void Show(IAnsiConsole console, OperationPlan plan)
    {
        foreach (var template in plan.Templates)
        {
            console.MarkupLineInterpolated($"[bold]{template}[/]");
            foreach (var change in template.Changes.Where(c => c.Kind != ChangeKind.Unchanged))
            {
                var colour = change.Kind switch
                {
                    ChangeKind.Add => "green",
                    ChangeKind.Remove => "red",
                    ChangeKind.Conflict => "yellow",
                    _ => "blue",
                };
                console.MarkupLineInterpolated($"  [{colour}]{change}[/]");
            }

            foreach (var impact in template.Documents)
            {
                console.MarkupLineInterpolated($"  [grey]{impact}[/]");
            }
        }
    }

    /// <summary>The resolution of every conflict: the one given for all, or asked item by item on a terminal; null to stop.</summary>
    public static Dictionary<TemplateItemKey, ConflictResolution>? Resolve(IAnsiConsole console, OperationPlan plan, ConflictResolution? forAll)
    {
        var resolutions = new Dictionary<TemplateItemKey, ConflictResolution>();
        foreach (var conflict in plan.Conflicts)
        {
            var resolution = forAll ?? (console.Profile.Capabilities.Interactive
                ? console.Prompt(new SelectionPrompt<ConflictResolution>().Title($"{Markup.Escape(conflict.ToString())}: what now?").AddChoices(ConflictResolution.KeepLocal, ConflictResolution.TakeTemplate, ConflictResolution.Stop))
                : ConflictResolution.Stop);
            if (resolution == ConflictResolution.Stop)
            {
                console.MarkupLineInterpolated($"[red]Stopped at the conflict on {conflict.Key}; nothing changed. Resolve it with --conflicts keep-local or take-template.[/]");
                return null;
            }

            resolutions[conflict.Key] = resolution;
        }

        return resolutions;
    }

    /// <summary>True when the caller said yes (--yes, or a confirmation on a terminal).</summary>
    public static bool Confirmed(IAnsiConsole console, TemplateChangeSettings settings)
    {
        if (settings.Yes)
        {
            return true;
        }

        if (!console.Profile.Capabilities.Interactive)
        {
            console.MarkupLine("[red]Nothing changed: add --yes to apply the plan without a terminal to confirm on.[/]");
            return false;
        }

        return console.Confirm("Apply this plan?", defaultValue: false);
    }
}
