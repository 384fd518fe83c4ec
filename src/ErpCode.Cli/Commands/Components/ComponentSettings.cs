using System.ComponentModel;
using ErpCode.Cli.Hosting;
using Spectre.Console.Cli;

namespace ErpCode.Cli.Commands.Components;

internal sealed class ComponentShowSettings : SiteSettings
{
    [CommandArgument(0, "<REFERENCE>")]
    [Description("The component, such as SaleOrder.")]
    public string Reference { get; init; } = string.Empty;
}

internal sealed class ComponentTestSettings : SiteSettings
{
    [CommandArgument(0, "[REFERENCE]")]
    [Description("The Test component to run; every Test component when omitted.")]
    public string? Reference { get; init; }
}
