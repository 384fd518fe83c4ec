using ErpCode.Core.Components;
using ErpCode.Core.Sites;
using ErpCode.Core.Storage;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Snapshots;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ErpCode.Scripting.Hosting;

/// <summary>
/// At start: warms the compiler up in the background (so no request pays for a cold Roslyn), creates the site's
/// system collections, builds the first snapshot, then follows the site revision for as long as the host runs.
/// </summary>
internal sealed partial class ComponentRuntimeService(IDocumentStore store, ComponentRuntime runtime, ComponentService components, ComponentCompiler compiler, ILogger<ComponentRuntimeService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        compiler.Check(ComponentKind.Expression, "WarmUp", 1, "1 + 1", []);
        var milliseconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        LogWarm(logger, milliseconds);
        try
        {
            await components.EnsureCollectionsAsync(stoppingToken);
            await SiteCollections.EnsureAsync(store, stoppingToken);
            await runtime.RefreshAsync(stoppingToken);
        }
        catch (Core.Errors.ErpCodeException ex)
        {
            LogStartFailed(logger, ex);
        }

        await runtime.WatchAsync(stoppingToken);
    }

    [LoggerMessage(EventId = 2010, EventName = "CompilerWarm", Level = LogLevel.Information, Message = "Compiler warmed up in {Milliseconds:0} ms")]
    private static partial void LogWarm(ILogger logger, double milliseconds);

    [LoggerMessage(EventId = 2011, EventName = "RuntimeStartFailed", Level = LogLevel.Error, Message = "The component runtime could not start; it retries on the next revision")]
    private static partial void LogStartFailed(ILogger logger, Exception exception);
}
