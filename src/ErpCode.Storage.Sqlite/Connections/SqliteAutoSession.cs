using Microsoft.Data.Sqlite;

namespace ErpCode.Storage.Sqlite.Connections;

/// <summary>Statements outside a store transaction: each call takes a pooled connection.</summary>
internal sealed class SqliteAutoSession(SqliteConnectionFactory connections) : SqliteSession(connections)
{
    protected override async Task<T> RunCoreAsync<T>(Func<SqliteCommandFactory, Task<T>> work, bool atomic, CancellationToken cancellationToken)
    {
        await using var connection = await Connections.OpenAsync(cancellationToken);
        if (!atomic)
        {
            return await work(new SqliteCommandFactory(connection, null));
        }

        // BEGIN IMMEDIATE takes the write lock up front, so two read-then-write calls cannot deadlock.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(new SqliteCommandFactory(connection, transaction));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
