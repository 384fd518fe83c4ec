using ErpCode.Core.Sites;

namespace ErpCode.Server.Configuration;

/// <summary>The server's content root: the folder of the configuration file <see cref="SiteConfigFile"/> finds.</summary>
internal static class SiteRoot
{
    public static WebApplicationOptions CreateOptions(string[] args)
    {
        var configFile = Find(args, Environment.GetEnvironmentVariable(SiteConfigFile.EnvironmentVariable), Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = Path.GetDirectoryName(configFile),
        };
    }

    /// <inheritdoc cref="SiteConfigFile.Find"/>
    public static string Find(string[] args, string? fromEnvironment, string workingDirectory, string programDirectory) =>
        SiteConfigFile.Find(args, fromEnvironment, workingDirectory, programDirectory);
}
