using Microsoft.Extensions.Logging;

namespace ErpCode.Storage.Sqlite;

/// <summary>Log messages of the embedded store; event ids 1000-1099 (storage area 1xxx).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, EventName = "SqliteStoreOpened", Level = LogLevel.Information, Message = "Opened the SQLite store {FilePath}")]
    public static partial void StoreOpened(ILogger logger, string filePath);

    [LoggerMessage(EventId = 1001, EventName = "SqliteCollectionEnsured", Level = LogLevel.Debug, Message = "Collection {Collection} is in place with {IndexCount} indexes")]
    public static partial void CollectionEnsured(ILogger logger, string collection, int indexCount);

    [LoggerMessage(EventId = 1002, EventName = "SqliteRevisionPollFailed", Level = LogLevel.Warning, Message = "Reading the site revision failed; the watch retries at the next interval")]
    public static partial void RevisionPollFailed(ILogger logger, Exception exception);
}
