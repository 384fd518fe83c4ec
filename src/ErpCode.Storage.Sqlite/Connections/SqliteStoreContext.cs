namespace ErpCode.Storage.Sqlite;

/// <summary>What error messages need to name: the store file and how long writers wait for a lock.</summary>
internal sealed record SqliteStoreContext(string Description, TimeSpan BusyTimeout);
