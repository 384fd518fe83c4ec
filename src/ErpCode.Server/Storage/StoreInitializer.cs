using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Errors;

namespace ErpCode.Server.Storage;

/// <summary>
/// Opens the configured store at start, creating it on first start. A store that cannot be opened is logged
/// with its reason and reported by /health; the server stays up so the problem can be seen and fixed.
/// </summary>
internal sealed partial class StoreInitializer(IDocumentStore store, ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.InitializeAsync(cancellationToken);
            LogStoreReady(logger, store.Provider, store.Description);
        }
        catch (StorageException ex)
        {
            LogStoreFailed(logger, ex, store.Provider, ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 9001, EventName = "StoreReady", Level = LogLevel.Information, Message = "Store ready: {Provider} at {Store}")]
    private static partial void LogStoreReady(ILogger logger, string provider, string store);

    [LoggerMessage(EventId = 9002, EventName = "StoreFailed", Level = LogLevel.Critical, Message = "The {Provider} store could not be opened: {Reason}")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string provider, string reason);
}
