using System.Text.RegularExpressions;
using ErpCode.Core.Storage.Errors;
using Microsoft.Data.Sqlite;

namespace ErpCode.Storage.Sqlite.Errors;

/// <summary>The one place that turns SQLite's error codes into the store's exceptions, naming the file and the item.</summary>
internal static partial class SqliteErrorMapper
{
    private const int SqliteError = 1;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoErr = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraint = 19;
    private const int SqliteNotADb = 26;
    private const int ConstraintPrimaryKey = 1555;

    public static StorageException Map(SqliteException exception, SqliteStoreContext context, string? collection = null, string? documentId = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var store = context.Description;
        switch (exception.SqliteErrorCode)
        {
            case SqliteBusy or SqliteLocked:
                return new StoreBusyException(store, context.BusyTimeout, exception);
            case SqliteCorrupt or SqliteNotADb:
                return new StoreCorruptException(store, exception.Message, exception);
            case SqliteCantOpen:
                return new StoreUnavailableException(store, "the file cannot be opened or created; check that the folder exists and is writable", exception);
            case SqliteReadOnly:
                return new StoreUnavailableException(store, "the file is read-only", exception);
            case SqliteFull:
                return new StoreUnavailableException(store, "the disk is full", exception);
            case SqliteIoErr:
                return new StoreUnavailableException(store, $"a disk I/O error occurred ({exception.Message})", exception);
            case SqliteConstraint when collection is not null:
                if (exception.SqliteExtendedErrorCode == ConstraintPrimaryKey || exception.Message.Contains(".id", StringComparison.Ordinal))
                {
                    return new DuplicateDocumentException(collection, documentId ?? "(unknown)", exception);
                }

                var index = IndexName().Match(exception.Message) is { Success: true } m ? SqliteNames.IndexNameFromSql(m.Groups[1].Value) : "(unknown)";
                return new UniqueConstraintException(collection, index, documentId, exception);
            case SqliteError when exception.Message.Contains("no such table", StringComparison.Ordinal) && collection is not null:
                return new UnknownCollectionException(collection);
            default:
                return new StoreUnavailableException(store, $"SQLite error {exception.SqliteErrorCode}: {exception.Message}", exception);
        }
    }

    [GeneratedRegex("index '([^']+)'")]
    private static partial Regex IndexName();
}
