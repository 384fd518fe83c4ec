using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Storage.MongoDB.Bson;
using ErpCode.Storage.MongoDB.Errors;
using ErpCode.Storage.MongoDB.Transactions;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ErpCode.Storage.MongoDB.Documents;

/// <summary>
/// Inserting many documents all or nothing: inside the caller's transaction, else inside one of its own where the
/// server has transactions, else (a standalone server) as one ordered insert whose documents that went in are
/// deleted again when a later one fails.
/// </summary>
internal sealed partial class MongoDocumentCollection
{
    public async Task<int> InsertManyAsync(IEnumerable<NewDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        _transaction?.EnsureActive();
        var definition = await _context.Catalog.GetAsync(Name, cancellationToken);
        if (list.Count == 0)
        {
            return 0;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<BsonDocument>(list.Count);
        foreach (var document in list)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            batch.Add(Prepare(definition, document));
            if (!seen.Add(document.Id))
            {
                throw new DuplicateDocumentException(Name, document.Id);
            }
        }

        var errors = Errors() with { BatchIds = [.. list.Select(d => d.Id)] };
        var options = new InsertManyOptions { IsOrdered = true };
        if (Session is { } session)
        {
            await MongoCall.RunAsync(
                async () =>
                {
                    await RefuseConflictsInTransactionAsync(definition, batch, newIds: true, cancellationToken);
                    await Documents.InsertManyAsync(session, batch, options, cancellationToken);
                },
                errors);
        }
        else if ((await _context.GetTopologyAsync(cancellationToken)).SupportsTransactions)
        {
            await MongoCall.RunAsync(() => InsertInOwnTransactionAsync(batch, options, cancellationToken), errors);
        }
        else
        {
            await MongoCall.RunAsync(() => InsertOrUndoAsync(batch, options, cancellationToken), errors);
        }

        return list.Count;
    }

    private async Task InsertInOwnTransactionAsync(List<BsonDocument> batch, InsertManyOptions options, CancellationToken cancellationToken)
    {
        using var session = await _context.Client.StartSessionAsync(cancellationToken: cancellationToken);
        session.StartTransaction(MongoStoreTransaction.Options);
        var committed = false;
        try
        {
            await Documents.InsertManyAsync(session, batch, options, cancellationToken);
            await session.CommitTransactionAsync(cancellationToken);
            committed = true;
        }
        finally
        {
            if (!committed && session.IsInTransaction)
            {
                await MongoStoreTransaction.AbortQuietlyAsync(session, _context.Logger, CancellationToken.None);
            }
        }
    }

    private async Task InsertOrUndoAsync(List<BsonDocument> batch, InsertManyOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await Documents.InsertManyAsync(batch, options, cancellationToken);
        }
        catch (MongoBulkWriteException<BsonDocument> ex)
        {
            // An ordered insert stops at the first failure: the documents before it went in.
            var inserted = ex.WriteErrors.Count > 0 ? ex.WriteErrors[0].Index : (int)ex.Result.InsertedCount;
            var ids = batch.Take(inserted).Select(d => d[BsonFieldNames.Id]).ToList();
            if (ids.Count > 0)
            {
                try
                {
                    await Documents.DeleteManyAsync(new BsonDocument(BsonFieldNames.Id, new BsonDocument("$in", new BsonArray(ids))), CancellationToken.None);
                    Log.InsertManyUndone(_context.Logger, Name, batch.Count, ids.Count);
                }
                catch (MongoException undo)
                {
                    Log.InsertManyUndoFailed(_context.Logger, Name, ids.Count, string.Join(", ", ids), undo);
                }
            }

            throw;
        }
    }

    /// <summary>
    /// A write that fails inside a MongoDB transaction ends the transaction, while the embedded store's stays
    /// usable; so inside one, an id or unique value already taken is found by a read and reported before writing.
    /// </summary>
    private async Task RefuseConflictsInTransactionAsync(CollectionDefinition definition, IReadOnlyList<BsonDocument> batch, bool newIds, CancellationToken cancellationToken)
    {
        var session = Session!;
        if (newIds)
        {
            var ids = new BsonArray(batch.Select(d => d[BsonFieldNames.Id]));
            var taken = await Documents.Find(session, new BsonDocument(BsonFieldNames.Id, new BsonDocument("$in", ids)))
                .Project(new BsonDocument(BsonFieldNames.Id, 1))
                .ToListAsync(cancellationToken);
            if (taken.Count > 0)
            {
                var takenIds = taken.Select(t => t[BsonFieldNames.Id]).ToHashSet();
                throw new DuplicateDocumentException(Name, batch.First(d => takenIds.Contains(d[BsonFieldNames.Id]))[BsonFieldNames.Id].AsString);
            }
        }

        foreach (var index in definition.Indexes.Where(i => i.Unique))
        {
            foreach (var document in batch)
            {
                var filter = new BsonDocument(BsonFieldNames.Id, new BsonDocument("$ne", document[BsonFieldNames.Id]));
                foreach (var key in index.Fields)
                {
                    // A unique index holds a missing value as null.
                    filter.Add(key.Field.Path, ValueAt(document, key.Field.Path) ?? BsonNull.Value);
                }

                if (await Documents.Find(session, filter).Limit(1).AnyAsync(cancellationToken))
                {
                    throw new UniqueConstraintException(Name, index.Name, document[BsonFieldNames.Id].AsString);
                }
            }
        }
    }

    private static BsonValue? ValueAt(BsonDocument document, string path)
    {
        BsonValue current = document;
        foreach (var segment in path.Split('.'))
        {
            if (current is not BsonDocument inner || !inner.TryGetValue(segment, out current!))
            {
                return null;
            }
        }

        return current;
    }
}
