using System.ComponentModel;
using ErpCode.Cli.Hosting;
using Spectre.Console.Cli;

namespace ErpCode.Cli.Commands.Users;

/// <summary>A verb about one user.</summary>
internal class UserSettings : SiteSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The user name.")]
    public string Name { get; init; } = string.Empty;
}

/// <summary>A verb that sets a password: given, or asked for without echo when the terminal is interactive.</summary>
internal class PasswordSettings : UserSettings
{
    [CommandOption("--password <PASSWORD>")]
    [Description("The password (asked for when omitted and the terminal is interactive).")]
    public string? Password { get; init; }
}

internal sealed class UserAddSettings : PasswordSettings
{
    [CommandOption("--display-name <NAME>")]
    public string? DisplayName { get; init; }

    [CommandOption("--email <EMAIL>")]
    public string? Email { get; init; }

    [CommandOption("-r|--role <ROLE>")]
    [Description("A role to give (repeat for several).")]
    public string[] Roles { get; init; } = [];

    [CommandOption("-g|--group <GROUP>")]
    [Description("A group to put the user in (repeat for several).")]
    public string[] Groups { get; init; } = [];
}

internal sealed class UserRolesSettings : UserSettings
{
    [CommandArgument(1, "[ROLES]")]
    [Description("The roles the user holds from now on; omit them to show the current ones.")]
    public string[] Roles { get; init; } = [];
}
