using System.Diagnostics;
using ErpCode.Core.Components;
using ErpCode.Core.Security;
using ErpCode.Core.Sites;
using ErpCode.Core.Types.Definitions;
using ErpCode.OData.Tests.Support;

namespace ErpCode.OData.Tests.Interop;

/// <summary>A generic OData client from the npm registry (@odata/client) reads $metadata, queries with filters and paging, writes and calls actions.</summary>
public sealed class NpmClientTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Interop", "npm");

    [Fact]
    public async Task A_generic_npm_OData_client_reads_queries_pages_writes_and_calls_bound_and_unbound_actions()
    {
        Assert.SkipWhen(Which("node") is null || Which("npm") is null, "node and npm are not installed on this machine; the npm client test needs them.");
        await using var site = await ODataTestSite.StartAsync(new Dictionary<string, string?> { ["OData:MaxPageSize"] = "2" });
        var components = site.Service<ComponentService>();
        await components.SaveAsync("CountPersonsOfRank", ComponentKind.Script, "return Portal.Query(\"Person\", \"Rank\", Parameters[\"Rank\"]).Count;", Caller.System, ODataTestSite.Ct);
        await components.SetActionAsync("CountPersonsOfRank", new SiteAction { Parameters = [new("Rank", PropertyType.Int, Optional: false)], Returns = PropertyType.Int, Roles = ["Manager"] }, Caller.System, ODataTestSite.Ct);
        await site.Service<ISiteRuntime>().RefreshAsync(ODataTestSite.Ct);
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@odata", "client")))
        {
            var (installed, output) = await RunAsync("npm", "install --no-audit --no-fund --loglevel=error");
            Assert.True(installed == 0, "npm install failed: " + output);
        }

        var (code, log) = await RunAsync("node", $"client.mjs {site.Client.BaseAddress}odata/ admin {ODataServerFactory.AdminPassword}");

        Assert.True(code == 0, log);
    }

    private static async Task<(int Code, string Output)> RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync(ODataTestSite.Ct);
        var error = process.StandardError.ReadToEndAsync(ODataTestSite.Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ODataTestSite.Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
