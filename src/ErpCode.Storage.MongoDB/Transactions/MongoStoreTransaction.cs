using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Storage.MongoDB.Documents;
using ErpCode.Storage.MongoDB.Errors;
using ErpCode.Storage.MongoDB.Revisions;
using Microsoft.Extensions.Logging;
using MongoDB.Driver;

namespace ErpCode.Storage.MongoDB.Transactions;

/// <summary>
/// A MongoDB multi-document transaction on one client session, with snapshot reads and majority writes. Every
/// collection taken from it passes the session along; once committed, rolled back or disposed it refuses use.
/// </summary>
internal sealed class MongoStoreTransaction : IStoreTransaction
{
    private readonly MongoStoreContext _context;
    private State _state = State.Active;

    private MongoStoreTransaction(MongoStoreContext context, IClientSessionHandle session)
    {
        _context = context;
        Session = session;
    }

    private enum State
    {
        Active,
        Committed,
        RolledBack,
        Failed,
        Disposed,
    }

    /// <summary>Snapshot reads see one consistent state; majority writes survive a failover once committed.</summary>
    public static TransactionOptions Options => new(readConcern: ReadConcern.Snapshot, writeConcern: WriteConcern.WMajority);

    public IClientSessionHandle Session { get; }

    /// <summary>Starts a transaction; throws <see cref="TransactionsNotSupportedException"/> on a standalone server.</summary>
    public static async Task<MongoStoreTransaction> BeginAsync(MongoStoreContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var topology = await context.GetTopologyAsync(cancellationToken);
        if (!topology.SupportsTransactions)
        {
            throw MongoErrorMapper.TransactionsNotSupported(context.Description);
        }

        var session = await MongoCall.RunAsync(() => context.Client.StartSessionAsync(cancellationToken: cancellationToken), context.Errors());
        session.StartTransaction(Options);
        return new MongoStoreTransaction(context, session);
    }

    public IDocumentCollection Collection(string name)
    {
        EnsureActive();
        CollectionName.Validate(name);
        return new MongoDocumentCollection(_context, name, this);
    }

    public Task<long> IncrementRevisionAsync(CancellationToken cancellationToken = default)
    {
        EnsureActive();
        return MongoCall.RunAsync(() => RevisionCounter.IncrementAsync(_context.Meta, Session, cancellationToken), _context.Errors());
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureActive();
        _state = State.Failed;
        await MongoCall.RunAsync(() => Session.CommitTransactionAsync(cancellationToken), _context.Errors());
        _state = State.Committed;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        EnsureActive();
        _state = State.RolledBack;
        await AbortQuietlyAsync(Session, _context.Logger, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_state == State.Disposed)
        {
            return;
        }

        if (_state == State.Active)
        {
            await AbortQuietlyAsync(Session, _context.Logger);
        }

        _state = State.Disposed;
        Session.Dispose();
    }

    /// <summary>Throws <see cref="TransactionStateException"/> once the transaction is finished.</summary>
    public void EnsureActive()
    {
        if (_state != State.Active)
        {
            throw new TransactionStateException(_state switch
            {
                State.Committed => "it was already committed",
                State.RolledBack => "it was already rolled back",
                State.Failed => "its commit failed, so it is over",
                _ => "it was already disposed",
            });
        }
    }

    /// <summary>Aborts the session's transaction; a failure is only logged, since the server ends an abandoned transaction itself.</summary>
    public static async Task AbortQuietlyAsync(IClientSessionHandle session, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!session.IsInTransaction)
        {
            return;
        }

        try
        {
            await session.AbortTransactionAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is MongoException or TimeoutException)
        {
            Log.AbortFailed(logger, ex);
        }
    }
}
