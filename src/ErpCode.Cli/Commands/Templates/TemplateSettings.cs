using System.ComponentModel;
using ErpCode.Cli.Hosting;
using ErpCode.Templates.Planning;
using Spectre.Console.Cli;

namespace ErpCode.Cli.Commands.Templates;

/// <summary>A template verb: where the template folders are.</summary>
internal class TemplateSettings : SiteSettings
{
    [CommandOption("--repository <DIR>")]
    [Description("The folder of template folders (default: business-templates/ beside appsettings.json).")]
    public string? Repository { get; init; }
}

/// <summary>A verb on one template, named (a folder of the repository) or given as a path to its folder.</summary>
internal class TemplateNameSettings : TemplateSettings
{
    [CommandArgument(0, "<TEMPLATE>")]
    [Description("The template's name (a folder of the repository) or the path of its folder.")]
    public string Template { get; init; } = string.Empty;
}

/// <summary>A verb that changes the site: shows its plan, then applies it after confirmation (or --yes).</summary>
internal class TemplateChangeSettings : TemplateNameSettings
{
    [CommandOption("-y|--yes")]
    [Description("Apply the plan without asking.")]
    public bool Yes { get; init; }

    [CommandOption("--conflicts <RESOLUTION>")]
    [Description("How to resolve every conflict: stop (default), keep-local or take-template. Asked item by item on a terminal when omitted.")]
    public string? Conflicts { get; init; }

    public ConflictResolution? ConflictResolution => Conflicts?.ToLowerInvariant() switch
    {
        null => null,
        "stop" => ErpCode.Templates.Planning.ConflictResolution.Stop,
        "keep-local" => ErpCode.Templates.Planning.ConflictResolution.KeepLocal,
        "take-template" => ErpCode.Templates.Planning.ConflictResolution.TakeTemplate,
        _ => throw new ArgumentException($"--conflicts takes stop, keep-local or take-template, not '{Conflicts}'."),
    };
}

internal sealed class TemplateExportSettings : TemplateNameSettings
{
    [CommandOption("--to <DIR>")]
    [Description("The folder to write the template folder into (default: the repository).")]
    public string? To { get; init; }
}
