using ErpCode.Core.Storage.Errors;
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

/// <summary>Creates commands bound to the session's connection and transaction.</summary>
internal sealed class SqliteCommandFactory(SqliteConnection connection, SqliteTransaction? transaction)
{
    public SqliteCommand Create(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
