using ErpCode.Cli.Hosting;
using ErpCode.Core.Security.Users;
using Spectre.Console;

namespace ErpCode.Cli.Commands.Users;

/// <summary><c>erpcode user add NAME</c>: creates a user.</summary>
internal sealed class UserAddCommand(IAnsiConsole console) : SiteCommand<UserAddSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, UserAddSettings settings, CancellationToken cancellationToken)
    {
        if (Passwords.Read(Console, settings) is not { } password)
        {
            return 1;
        }

        var user = await site.Get<UserService>().CreateAsync(
            new NewUser(settings.Name, password) { DisplayName = settings.DisplayName, Email = settings.Email, Roles = [.. settings.Roles], Groups = [.. settings.Groups] },
            Caller,
            cancellationToken);
        Console.MarkupLineInterpolated($"Created [bold]{user.Name}[/] with roles [[{string.Join(", ", user.Roles)}]].");
        return 0;
    }
}

/// <summary><c>erpcode user passwd NAME</c>: sets a user's password (and unlocks them).</summary>
internal sealed class UserPasswdCommand(IAnsiConsole console) : SiteCommand<PasswordSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, PasswordSettings settings, CancellationToken cancellationToken)
    {
        if (Passwords.Read(Console, settings) is not { } password)
        {
            return 1;
        }

        await site.Get<UserService>().SetPasswordAsync(settings.Name, password, null, Caller, cancellationToken);
        Console.MarkupLineInterpolated($"The password of [bold]{settings.Name}[/] is changed.");
        return 0;
    }
}

/// <summary><c>erpcode user roles NAME [ROLES...]</c>: shows or replaces a user's roles.</summary>
internal sealed class UserRolesCommand(IAnsiConsole console) : SiteCommand<UserRolesSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, UserRolesSettings settings, CancellationToken cancellationToken)
    {
        var users = site.Get<UserService>();
        var user = settings.Roles.Length == 0
            ? await users.FindAsync(settings.Name, Caller, cancellationToken) ?? throw new UnknownUserException(settings.Name)
            : await users.SetRolesAsync(settings.Name, settings.Roles, Caller, cancellationToken);
        Console.MarkupLineInterpolated($"[bold]{user.Name}[/] holds [[{string.Join(", ", user.Roles)}]].");
        return 0;
    }
}

/// <summary><c>erpcode user list</c>: the users in a table.</summary>
internal sealed class UserListCommand(IAnsiConsole console) : SiteCommand<SiteSettings>(console)
{
    protected override async Task<int> RunAsync(CliSite site, SiteSettings settings, CancellationToken cancellationToken)
    {
        var table = new Table().AddColumns("User", "Display name", "Roles", "Groups", "Enabled", "Locked until");
        foreach (var user in await site.Get<UserService>().ListAsync(Caller, cancellationToken))
        {
            table.AddRow(
                Markup.Escape(user.Name),
                Markup.Escape(user.DisplayName ?? string.Empty),
                Markup.Escape(string.Join(", ", user.Roles)),
                Markup.Escape(string.Join(", ", user.Groups)),
                user.Enabled ? "yes" : "[red]no[/]",
                user.LockedUntil is { } locked ? locked.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
        }

        Console.Write(table);
        return 0;
    }
}
