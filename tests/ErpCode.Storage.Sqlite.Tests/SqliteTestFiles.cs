using ErpCode.Core.Storage;
using ErpCode.Storage.Sqlite;

namespace ErpCode.Storage.Sqlite.Tests;

/// <summary>Each test gets its own temporary store file; this removes it with its WAL companions.</summary>
internal static class SqliteTestFiles
{
    public static string NewPath() =>
        Path.Combine(Path.GetTempPath(), "erpcode-tests", Guid.NewGuid().ToString("N"), "store.db");

    public static StorageOptions Options(string path, TimeSpan? busyTimeout = null) => new()
    {
        Provider = SqliteDocumentStore.ProviderName,
        ConnectionString = $"Data Source={path}",
        RevisionPollInterval = TimeSpan.FromMilliseconds(100),
        BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(10),
    };

    public static void Delete(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
