using ErpCode.Cli.Commands.Components;
using ErpCode.Cli.Commands.Seed;
using ErpCode.Cli.Commands.Site;
using ErpCode.Cli.Commands.Templates;
using ErpCode.Cli.Commands.Users;
using ErpCode.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ErpCode.Cli;

/// <summary>The <c>erpcode</c> command: its verbs, wired to a console (the terminal, or a test console).</summary>
internal static class CliApp
{
    public static Task<int> RunAsync(string[] args, IAnsiConsole console)
    {
        var app = new CommandApp(new ConsoleRegistrar(console));
        app.Configure(config =>
        {
            config.SetApplicationName("erpcode");
            config.ConfigureConsole(console);
            config.AddBranch("user", user =>
            {
                user.SetDescription("Users: add, passwd, roles, list.");
                user.AddCommand<UserAddCommand>("add").WithDescription("Creates a user.").WithExample("user", "add", "bob", "--role", "Author");
                user.AddCommand<UserPasswdCommand>("passwd").WithDescription("Sets a user's password (and unlocks the user).");
                user.AddCommand<UserRolesCommand>("roles").WithDescription("Shows, or replaces, a user's roles.").WithExample("user", "roles", "bob", "Author", "Auditor");
                user.AddCommand<UserListCommand>("list").WithDescription("Lists the users.");
            });
            config.AddBranch("component", component =>
            {
                component.SetDescription("Code in the database: list, show, save, test.");
                component.AddCommand<ComponentListCommand>("list").WithDescription("Lists the components.");
                component.AddCommand<ComponentShowCommand>("show").WithDescription("Shows a component's state, diagnostics and source.");
                component.AddCommand<ComponentSaveCommand>("save").WithDescription("Saves new source from a file; it runs everywhere when it compiles.").WithExample("component", "save", "SaleOrder", "SaleOrder.cs");
                component.AddCommand<ComponentTestCommand>("test").WithDescription("Runs Test components inside the site; exit code 1 when one fails.");
            });
            config.AddBranch("template", template =>
            {
                template.SetDescription("Business templates: list, install, upgrade, uninstall, diff, export.");
                template.AddCommand<TemplateListCommand>("list").WithDescription("Lists the installed templates and those of the repository.");
                template.AddCommand<TemplateInstallCommand>("install").WithDescription("Installs a template and the dependencies it lacks, after showing the plan.").WithExample("template", "install", "erp_trade", "--yes");
                template.AddCommand<TemplateUpgradeCommand>("upgrade").WithDescription("Upgrades an installed template; items changed on the site are conflicts to resolve.");
                template.AddCommand<TemplateUninstallCommand>("uninstall").WithDescription("Uninstalls a template no other template depends on; documents are kept.");
                template.AddCommand<TemplateDiffCommand>("diff").WithDescription("Shows how the site differs from a template folder, item by item.");
                template.AddCommand<TemplateExportCommand>("export").WithDescription("Writes an installed template back to its folder format.");
            });
            config.AddCommand<SeedCommand>("seed").WithDescription("Loads the demo data of seed/ (needs the shipped templates); what exists is skipped.");
            config.AddBranch("site", site =>
            {
                site.SetDescription("The site: info.");
                site.AddCommand<SiteInfoCommand>("info").WithDescription("Shows where the site is and what it holds.");
            });
        });
        return app.RunAsync(args);
    }
}
