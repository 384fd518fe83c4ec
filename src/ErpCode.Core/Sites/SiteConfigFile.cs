namespace ErpCode.Core.Sites;

/// <summary>
/// Finds the one configuration file, appsettings.json, so the server and the CLI read the same file wherever they
/// are started from: <c>--config &lt;file&gt;</c> or <c>ERPCODE_CONFIG</c> when given; else the nearest folder above
/// the working directory, then above the program, that holds appsettings.json beside ErpCode.sln (a checkout); else
/// the program's own folder (a published build). Relative paths in the file (the SQLite file) are taken from its folder.
/// </summary>
public static class SiteConfigFile
{
    public const string FileName = "appsettings.json";
    public const string EnvironmentVariable = "ERPCODE_CONFIG";
    private const string SolutionFileName = "ErpCode.sln";

    /// <summary>The full path of the configuration file to read; throws when an explicitly named file does not exist.</summary>
    public static string Find(string[] args, string? fromEnvironment, string workingDirectory, string programDirectory)
    {
        var explicitFile = ExplicitConfig(args) ?? (string.IsNullOrWhiteSpace(fromEnvironment) ? null : fromEnvironment);
        if (explicitFile is not null)
        {
            var full = Path.GetFullPath(explicitFile, workingDirectory);
            return File.Exists(full)
                ? full
                : throw new FileNotFoundException($"The configuration file '{full}' given by --config or {EnvironmentVariable} does not exist.", full);
        }

        return FindCheckout(workingDirectory)
            ?? FindCheckout(programDirectory)
            ?? Path.Combine(Path.GetFullPath(programDirectory), FileName);
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
            var config = Path.Combine(directory.FullName, FileName);
            if (File.Exists(config) && File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return config;
            }
        }

        return null;
    }
}
