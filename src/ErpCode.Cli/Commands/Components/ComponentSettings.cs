using System.ComponentModel;
using ErpCode.Cli.Hosting;
using Spectre.Console.Cli;

namespace ErpCode.Cli.Commands.Components;

internal sealed class ComponentShowSettings : SiteSettings
{
    [CommandArgument(0, "<REFERENCE>")]
    [Description("The component, such as SaleOrder.")]
    public string Reference { get; init; } = string.Empty;

    [CommandOption("--source")]
    [Description("Print the source only (to edit it and save it back).")]
    public bool SourceOnly { get; init; }
}

internal sealed class ComponentSaveSettings : SiteSettings
{
    [CommandArgument(0, "<REFERENCE>")]
    [Description("The component, such as SaleOrder.")]
    public string Reference { get; init; } = string.Empty;

    [CommandArgument(1, "<FILE>")]
    [Description("The file holding the new source.")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--kind <KIND>")]
    [Description("Document, Module, Script, Expression or Test; needed for a new component only.")]
    public string? Kind { get; init; }
}

internal sealed class ComponentTestSettings : SiteSettings
{
    [CommandArgument(0, "[REFERENCE]")]
    [Description("The Test component to run; every Test component when omitted.")]
    public string? Reference { get; init; }
}
