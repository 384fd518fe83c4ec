using Microsoft.Extensions.Logging;

namespace ErpCode.Storage.MongoDB;

/// <summary>Log messages of the MongoDB store; event ids 1100-1199 (storage area 1xxx).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1100, EventName = "MongoStoreOpened", Level = LogLevel.Information, Message = "Opened the MongoDB store {Store} on a {Topology}")]
    public static partial void StoreOpened(ILogger logger, string store, string topology);

    [LoggerMessage(EventId = 1101, EventName = "MongoStandaloneServer", Level = LogLevel.Warning,
        Message = "The MongoDB store {Store} runs on a standalone server: transactions are refused and the revision is watched by polling only; run a replica set (a single-node one is enough)")]
    public static partial void StandaloneServer(ILogger logger, string store);

    [LoggerMessage(EventId = 1102, EventName = "MongoCollectionEnsured", Level = LogLevel.Debug, Message = "Collection {Collection} is in place with {IndexCount} indexes")]
    public static partial void CollectionEnsured(ILogger logger, string collection, int indexCount);

    [LoggerMessage(EventId = 1103, EventName = "MongoIndexCreated", Level = LogLevel.Information, Message = "Created index {Index} on collection {Collection}")]
    public static partial void IndexCreated(ILogger logger, string index, string collection);

    [LoggerMessage(EventId = 1104, EventName = "MongoIndexDropped", Level = LogLevel.Information, Message = "Dropped index {Index} of collection {Collection}, which the definition no longer declares as it is")]
    public static partial void IndexDropped(ILogger logger, string index, string collection);

    [LoggerMessage(EventId = 1105, EventName = "MongoIndexCoveredByOther", Level = LogLevel.Warning,
        Message = "Index {Index} of collection {Collection} was not created: an index with the same keys but another name already exists ({Reason})")]
    public static partial void IndexCoveredByOther(ILogger logger, string index, string collection, string reason);

    [LoggerMessage(EventId = 1106, EventName = "MongoRevisionPollFailed", Level = LogLevel.Warning, Message = "Reading the site revision failed; the watch retries at the next interval")]
    public static partial void RevisionPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1107, EventName = "MongoChangeStreamFailed", Level = LogLevel.Warning,
        Message = "The change stream on the site revision failed; polling goes on and the stream is reopened after {Delay}")]
    public static partial void ChangeStreamFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 1108, EventName = "MongoAbortFailed", Level = LogLevel.Warning, Message = "Aborting a MongoDB transaction failed; the server ends it when it times out")]
    public static partial void AbortFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1109, EventName = "MongoInsertManyUndone", Level = LogLevel.Warning,
        Message = "Inserting {Count} documents into {Collection} failed on a standalone server after {Inserted} went in; those were deleted again")]
    public static partial void InsertManyUndone(ILogger logger, string collection, int count, long inserted);

    [LoggerMessage(EventId = 1110, EventName = "MongoInsertManyUndoFailed", Level = LogLevel.Error,
        Message = "Inserting documents into {Collection} failed on a standalone server, and deleting the {Inserted} that went in failed too: they remain ({Ids})")]
    public static partial void InsertManyUndoFailed(ILogger logger, string collection, long inserted, string ids, Exception exception);

    [LoggerMessage(EventId = 1111, EventName = "MongoHealthCheckFailed", Level = LogLevel.Warning, Message = "The health check of the MongoDB store {Store} failed: {Problem}")]
    public static partial void HealthCheckFailed(ILogger logger, string store, string problem);
}
