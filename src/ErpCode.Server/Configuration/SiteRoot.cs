namespace ErpCode.Server.Configuration;

/// <summary>
/// Finds the folder of the one configuration file, appsettings.json, so the server reads the same file wherever
/// it is started from: <c>--config &lt;file&gt;</c> or <c>ERPCODE_CONFIG</c> when given; else the nearest folder
/// above the working directory, then above the program, that holds appsettings.json beside ErpCode.sln (a
/// checkout); else the program's own folder (a published server). Relative paths in the file (the SQLite file)
/// are taken from that folder.
/// </summary>
internal static class SiteRoot
{
    public const string ConfigFileName = "appsettings.json";
    public const string ConfigEnvironmentVariable = "ERPCODE_CONFIG";
    private const string SolutionFileName = "ErpCode.sln";

    public static WebApplicationOptions CreateOptions(string[] args)
    {
        var configFile = Find(args, Environment.GetEnvironmentVariable(ConfigEnvironmentVariable), Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = Path.GetDirectoryName(configFile),
        };
    }

    /// <summary>The full path of the configuration file to read; throws when an explicitly named file does not exist.</summary>
    public static string Find(string[] args, string? fromEnvironment, string workingDirectory, string programDirectory)
    {
        var explicitFile = ExplicitConfig(args) ?? (string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment);
        if (explicitFile is not null)
        {
            var full = Path.GetFullPath(explicitFile, workingDirectory);
            return File.Exists(full)
                ? full
                : throw new FileNotFoundException($"The configuration file '{full}' given by --config or {ConfigEnvironmentVariable} does not exist.", full);
        }

        return FindCheckout(workingDirectory)
            ?? FindCheckout(programDirectory)
            ?? Path.Combine(Path.GetFullPath(programDirectory), ConfigFileName);
    }

    private static string? ExplicitConfig(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--config" && i + 1 < args.Length)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--config=", StringComparison.Ordinal))
            {
                return args[i]["--config=".Length..];
            }
        }

        return null;
    }

    private static string? FindCheckout(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            var config = Path.Combine(directory.FullName, ConfigFileName);
            if (File.Exists(config) && File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return config;
            }
        }

        return null;
    }
}
