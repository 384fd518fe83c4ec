using Spectre.Console.Testing;

namespace ErpCode.Cli.Tests;

/// <summary>A fresh SQLite site in a temporary folder, and a way to run <c>erpcode</c> verbs on it in-process.</summary>
internal sealed class CliTestSite : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "erpcode-cli-tests", Guid.NewGuid().ToString("N"));

    public CliTestSite() => Directory.CreateDirectory(_folder);

    public string Connection => $"Data Source={Path.Combine(_folder, "site.db")}";

    /// <summary>Runs the verb with this site's store; returns the exit code and what was written.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var console = new TestConsole().Width(200);
        var exitCode = await CliApp.RunAsync([.. args, "--connection", Connection], console);
        return (exitCode, console.Output);
    }

    /// <summary>The checkout the tests run in (the folder of ErpCode.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ErpCode.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the checkout.");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
