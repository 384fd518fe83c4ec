using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Storage.Sqlite.Connections;
using ErpCode.Storage.Sqlite.Documents;
using ErpCode.Storage.Sqlite.Errors;
using Microsoft.Data.Sqlite;

namespace ErpCode.Storage.Sqlite;

/// <summary>
/// A write transaction on one connection (BEGIN IMMEDIATE: it holds the file's write lock until it ends, so
/// it never fails half-way on a lock). Disposing without commit rolls back. Not for use by two threads at once.
/// </summary>
internal sealed class SqliteStoreTransaction : IStoreTransaction
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteTransactionSession _session;
    private readonly SqliteCollectionRegistry _registry;
    private string? _ended;

    private SqliteStoreTransaction(SqliteConnectionFactory connections, SqliteConnection connection, SqliteTransaction transaction, SqliteCollectionRegistry registry)
    {
        _connection = connection;
        _transaction = transaction;
        _registry = registry;
        _session = new SqliteTransactionSession(connections, connection, transaction, () => _ended);
    }

    public static async Task<SqliteStoreTransaction> BeginAsync(SqliteConnectionFactory connections, SqliteCollectionRegistry registry, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            return new SqliteStoreTransaction(connections, connection, transaction, registry);
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync();
            throw SqliteErrorMapper.Map(ex, connections.Context);
        }
    }

    public IDocumentCollection Collection(string name) =>
        new SqliteDocumentCollection(CollectionName.Validate(name), _session, _registry);

    public Task<long> IncrementRevisionAsync(CancellationToken cancellationToken = default) => _session.RunAsync(
        async commands =>
        {
            using var command = commands.Create($"UPDATE {SqliteNames.MetaTable} SET value = value + 1 WHERE key = 'revision' RETURNING value");
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        },
        atomic: true,
        null,
        null,
        cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfEnded();
        try
        {
            await _transaction.CommitAsync(cancellationToken);
            _ended = "it was committed";
        }
        catch (SqliteException ex)
        {
            _ended = "its commit failed";
            throw SqliteErrorMapper.Map(ex, _session.Context);
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfEnded();
        _ended = "it was rolled back";
        await _transaction.RollbackAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _ended ??= "it was disposed";
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private void ThrowIfEnded()
    {
        if (_ended is not null)
        {
            throw new TransactionStateException(_ended);
        }
    }
}
