using ErpCode.Storage.Sqlite.Errors;
using Microsoft.Data.Sqlite;

namespace ErpCode.Storage.Sqlite.Connections;

/// <summary>
/// Where a collection's statements run: on their own (a pooled connection per call, a write transaction per
/// multi-statement write) or inside an <see cref="SqliteStoreTransaction"/>. SQLite errors are mapped here, once.
/// </summary>
internal abstract class SqliteSession(SqliteConnectionFactory connections)
{
    protected SqliteConnectionFactory Connections { get; } = connections;

    public SqliteStoreContext Context => Connections.Context;

    /// <summary>Runs <paramref name="work"/>; with <paramref name="atomic"/> its statements commit together or not at all.</summary>
    public async Task<T> RunAsync<T>(Func<SqliteCommandFactory, Task<T>> work, bool atomic, string? collection, string? documentId, CancellationToken cancellationToken)
    {
        try
        {
            return await RunCoreAsync(work, atomic, cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw SqliteErrorMapper.Map(ex, Context, collection, documentId);
        }
    }

    public Task RunAsync(Func<SqliteCommandFactory, Task> work, bool atomic, string? collection, string? documentId, CancellationToken cancellationToken) =>
        RunAsync(
            async commands =>
            {
                await work(commands);
                return true;
            },
            atomic,
            collection,
            documentId,
            cancellationToken);

    protected abstract Task<T> RunCoreAsync<T>(Func<SqliteCommandFactory, Task<T>> work, bool atomic, CancellationToken cancellationToken);
}
