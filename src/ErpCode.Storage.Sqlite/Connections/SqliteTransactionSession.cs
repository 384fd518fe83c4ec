using ErpCode.Core.Storage.Errors;
using Microsoft.Data.Sqlite;

namespace ErpCode.Storage.Sqlite.Connections;

/// <summary>Statements of one store transaction, on its connection.</summary>
internal sealed class SqliteTransactionSession(SqliteConnectionFactory connections, SqliteConnection connection, SqliteTransaction transaction, Func<string?> checkUsable)
    : SqliteSession(connections)
{
    protected override Task<T> RunCoreAsync<T>(Func<SqliteCommandFactory, Task<T>> work, bool atomic, CancellationToken cancellationToken)
    {
        if (checkUsable() is { } problem)
        {
            throw new TransactionStateException(problem);
        }

        return work(new SqliteCommandFactory(connection, transaction));
    }
}
