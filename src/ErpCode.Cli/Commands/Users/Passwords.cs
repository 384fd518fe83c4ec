using Spectre.Console;

namespace ErpCode.Cli.Commands.Users;

/// <summary>The password of a verb: from --password, or asked twice without echo on an interactive terminal.</summary>
internal static class Passwords
{
    public static string? Read(IAnsiConsole console, PasswordSettings settings)
    {
        if (settings.Password is { Length: > 0 } given)
        {
            return given;
        }

        if (!console.Profile.Capabilities.Interactive)
        {
            console.MarkupLine("[red]Give the password with --password: this terminal cannot ask for it.[/]");
            return null;
        }

        var first = console.Prompt(new TextPrompt<string>("Password:").Secret());
        var second = console.Prompt(new TextPrompt<string>("Again:").Secret());
        if (first != second)
        {
            console.MarkupLine("[red]The two passwords differ; nothing changed.[/]");
            return null;
        }

        return first;
    }
}
