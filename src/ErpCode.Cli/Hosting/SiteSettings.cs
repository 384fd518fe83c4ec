using System.ComponentModel;
using Spectre.Console.Cli;

namespace ErpCode.Cli.Hosting;

/// <summary>What every verb that opens the site accepts: which configuration file, and store overrides.</summary>
internal class SiteSettings : CommandSettings
{
    [CommandOption("--config <FILE>")]
    [Description("The appsettings.json to read (default: the one of this checkout, or ERPCODE_CONFIG).")]
    public string? Config { get; init; }

    [CommandOption("--store <PROVIDER>")]
    [Description("Overrides Storage:Provider (Sqlite or MongoDB).")]
    public string? Store { get; init; }

    [CommandOption("--connection <STRING>")]
    [Description("Overrides Storage:ConnectionString.")]
    public string? Connection { get; init; }
}
