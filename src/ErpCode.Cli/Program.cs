using ErpCode.Cli;

return await CliApp.RunAsync(args, Spectre.Console.AnsiConsole.Console);
