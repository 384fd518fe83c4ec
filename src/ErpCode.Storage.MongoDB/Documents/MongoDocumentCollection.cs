using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Patches;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Storage.MongoDB.Bson;
using ErpCode.Storage.MongoDB.Errors;
using ErpCode.Storage.MongoDB.Patches;
using ErpCode.Storage.MongoDB.Queries;
using ErpCode.Storage.MongoDB.Transactions;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ErpCode.Storage.MongoDB.Documents;

/// <summary>
/// The documents of one MongoDB collection, on their own or inside a <see cref="MongoStoreTransaction"/> whose
/// session every call then carries. Writes name the version they expect in the filter (<c>{ _id, _v }</c>), so a
/// stale write matches nothing and the document is read to tell "missing" from "changed by someone else".
/// </summary>
internal sealed partial class MongoDocumentCollection : IDocumentCollection
{
    private readonly MongoStoreContext _context;
    private readonly MongoStoreTransaction? _transaction;

    public MongoDocumentCollection(MongoStoreContext context, string name, MongoStoreTransaction? transaction)
    {
        _context = context;
        _transaction = transaction;
        Name = name;
    }

    public string Name { get; }

    private IClientSessionHandle? Session => _transaction?.Session;

    private IMongoCollection<BsonDocument> Documents => _context.Documents(Name);

    public async Task<StoredDocument?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await StartAsync(id, cancellationToken);
        var found = await MongoCall.RunAsync(() => FindBsonAsync(id, cancellationToken), Errors(id));
        return found is null ? null : Read(found);
    }

    public async Task<StoredDocument> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw new DocumentNotFoundException(Name, id);

    public async Task<StoredDocument> InsertAsync(NewDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var definition = await StartAsync(document.Id, cancellationToken);
        var bson = Prepare(definition, document);
        await MongoCall.RunAsync(
            async () =>
            {
                if (Session is { } session)
                {
                    await RefuseConflictsInTransactionAsync(definition, [bson], newIds: true, cancellationToken);
                    await Documents.InsertOneAsync(session, bson, cancellationToken: cancellationToken);
                }
                else
                {
                    await Documents.InsertOneAsync(bson, cancellationToken: cancellationToken);
                }
            },
            Errors(document.Id));
        return new StoredDocument(document.Id, document.Type, document.ParentId, 1, document.Body);
    }

    public async Task<StoredDocument> ReplaceAsync(string id, long expectedVersion, DocumentValue body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var definition = await StartAsync(id, cancellationToken);
        DocumentChecker.Check(definition, id, body);

        // The stored type and parent are not known here; they add a few bytes the server checks.
        var size = BsonSize.Of(StoredDocumentMapper.ToBson(id, null, null, expectedVersion + 1, body));
        DocumentChecker.CheckSize(definition, id, size);
        var pipeline = ReplacementPipeline.For(BsonValueMapper.ToBsonDocument(body));
        var updated = await MongoCall.RunAsync(
            async () =>
            {
                if (Session is not null)
                {
                    await RefuseConflictsInTransactionAsync(definition, [StoredDocumentMapper.ToBson(id, null, null, expectedVersion + 1, body)], newIds: false, cancellationToken);
                }

                return await FindOneAndUpdateAsync(id, expectedVersion, Builders<BsonDocument>.Update.Pipeline(pipeline), cancellationToken);
            },
            Errors(id) with { DocumentSize = size });
        return updated is null ? throw await MismatchAsync(id, expectedVersion, cancellationToken) : Read(updated);
    }

    public async Task<StoredDocument> UpdateAsync(string id, long expectedVersion, DocumentPatch patch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var definition = await StartAsync(id, cancellationToken);
        patch.Validate(Name, id);

        // What the patch writes, under the parents it creates: its kinds, depth and size can be checked before
        // anything is sent (the server checks the size of the whole result).
        var written = patch.ApplyTo(DocumentValue.Empty, Name, id);
        DocumentChecker.Check(definition, id, written);
        var size = BsonSize.Of(StoredDocumentMapper.ToBson(id, null, null, expectedVersion + 1, written));
        DocumentChecker.CheckSize(definition, id, size);
        var update = PatchTranslator.Translate(patch);
        BsonDocument? updated;
        try
        {
            updated = await MongoCall.RunAsync(
                () => FindOneAndUpdateAsync(id, expectedVersion, update, cancellationToken),
                Errors(id) with { DocumentSize = size });
        }
        catch (Exception ex) when (ex is InvalidPatchException or DocumentTooLargeException && _transaction is null)
        {
            // Applying the patch to the stored body gives the exact path, or the exact size, the server refused.
            await ExplainRefusedPatchAsync(id, expectedVersion, patch, cancellationToken);
            throw;
        }
        catch (InvalidPatchException ex)
        {
            // Inside a transaction the failure ended it, so the body cannot be read again: name the set path
            // that goes through the field the server could not create.
            throw new InvalidPatchException(SetPathThrough(patch, ex.Path), "a property on the way holds a value that is not a document", Name, id);
        }

        return updated is null ? throw await MismatchAsync(id, expectedVersion, cancellationToken) : Read(updated);
    }

    public async Task DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken = default)
    {
        await StartAsync(id, cancellationToken);
        var filter = VersionFilter(id, expectedVersion);
        var result = await MongoCall.RunAsync(
            () => Session is { } session
                ? Documents.DeleteOneAsync(session, filter, cancellationToken: cancellationToken)
                : Documents.DeleteOneAsync(filter, cancellationToken),
            Errors(id));
        if (result.DeletedCount == 0)
        {
            throw await MismatchAsync(id, expectedVersion, cancellationToken);
        }
    }

    public async Task<QueryResult> QueryAsync(Query query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var definition = await StartAsync(cancellationToken);
        var plan = QueryPlan.Create(query, definition);
        var filter = FilterTranslator.Translate(plan.Filter, definition);
        var sort = SortTranslator.Translate(plan.Sort);
        var projection = ProjectionTranslator.Translate(plan.Projection, plan.Sort);
        var fetched = await MongoCall.RunAsync(
            () =>
            {
                var find = (Session is { } session ? Documents.Find(session, filter) : Documents.Find(filter)).Sort(sort);
                if (plan.Skip > 0)
                {
                    find = find.Skip(plan.Skip);
                }

                if (plan.FetchLimit is { } limit)
                {
                    find = find.Limit(limit);
                }

                return projection is null
                    ? find.ToListAsync(cancellationToken)
                    : find.Project(projection).ToListAsync(cancellationToken);
            },
            Errors());
        return plan.Complete(fetched.ConvertAll(Read));
    }

    public async Task<long> CountAsync(Filter? filter = null, CancellationToken cancellationToken = default)
    {
        var definition = await StartAsync(cancellationToken);
        filter ??= Filter.All;
        FilterChecker.Check(filter, definition);
        var query = FilterTranslator.Translate(filter, definition);
        return await MongoCall.RunAsync(
            () => Session is { } session
                ? Documents.CountDocumentsAsync(session, query, cancellationToken: cancellationToken)
                : Documents.CountDocumentsAsync(query, cancellationToken: cancellationToken),
            Errors());
    }

    /// <summary>Checks the transaction and the id, and that the collection exists; returns its definition.</summary>
    private Task<CollectionDefinition> StartAsync(string id, CancellationToken cancellationToken)
    {
        _transaction?.EnsureActive();
        DocumentId.Validate(id, Name);
        return _context.Catalog.GetAsync(Name, cancellationToken);
    }

    /// <summary>Checks the transaction and that the collection exists; returns its definition.</summary>
    private Task<CollectionDefinition> StartAsync(CancellationToken cancellationToken)
    {
        _transaction?.EnsureActive();
        return _context.Catalog.GetAsync(Name, cancellationToken);
    }

    /// <summary>Checks a new document and encodes it at version 1; throws before anything is written.</summary>
    private static BsonDocument Prepare(CollectionDefinition definition, NewDocument document)
    {
        DocumentChecker.CheckEnvelope(definition, document);
        DocumentChecker.Check(definition, document.Id, document.Body);
        var bson = StoredDocumentMapper.ToBson(document.Id, document.Type, document.ParentId, 1, document.Body);
        DocumentChecker.CheckSize(definition, document.Id, BsonSize.Of(bson));
        return bson;
    }

    private Task<BsonDocument> FindBsonAsync(string id, CancellationToken cancellationToken)
    {
        var filter = new BsonDocument(BsonFieldNames.Id, id);
        var find = Session is { } session ? Documents.Find(session, filter) : Documents.Find(filter);
        return find.FirstOrDefaultAsync(cancellationToken);
    }

    private Task<BsonDocument> FindOneAndUpdateAsync(string id, long expectedVersion, UpdateDefinition<BsonDocument> update, CancellationToken cancellationToken)
    {
        var options = new FindOneAndUpdateOptions<BsonDocument> { ReturnDocument = ReturnDocument.After };
        var filter = VersionFilter(id, expectedVersion);
        return Session is { } session
            ? Documents.FindOneAndUpdateAsync(session, filter, update, options, cancellationToken)
            : Documents.FindOneAndUpdateAsync(filter, update, options, cancellationToken);
    }

    private static BsonDocument VersionFilter(string id, long expectedVersion) =>
        new() { { BsonFieldNames.Id, id }, { BsonFieldNames.Version, new BsonInt64(expectedVersion) } };

    /// <summary>Why a write that named <paramref name="expectedVersion"/> matched nothing: the document is gone, or at another version.</summary>
    private async Task<StorageException> MismatchAsync(string id, long expectedVersion, CancellationToken cancellationToken)
    {
        var current = await MongoCall.RunAsync(() => FindBsonAsync(id, cancellationToken), Errors(id));
        return current is null
            ? new DocumentNotFoundException(Name, id)
            : new ConcurrencyException(Name, id, expectedVersion, Read(current).Version);
    }

    private async Task ExplainRefusedPatchAsync(string id, long expectedVersion, DocumentPatch patch, CancellationToken cancellationToken)
    {
        var current = await MongoCall.RunAsync(() => FindBsonAsync(id, cancellationToken), Errors(id));
        if (current is null || Read(current) is not { } stored || stored.Version != expectedVersion)
        {
            return;
        }

        // Throws the same InvalidPatchException the embedded store gives, naming the path that crosses a scalar.
        var result = patch.ApplyTo(stored.Body, Name, id);
        var size = BsonSize.Of(StoredDocumentMapper.ToBson(stored with { Body = result, Version = expectedVersion + 1 }));
        if (size > StoreLimits.MaxDocumentBytes)
        {
            throw new DocumentTooLargeException(Name, id, size, StoreLimits.MaxDocumentBytes);
        }
    }

    private static string SetPathThrough(DocumentPatch patch, string field) =>
        patch.Operations.OfType<SetOperation>()
            .FirstOrDefault(s => s.Path.Segments.Skip(1).Contains(field, StringComparer.Ordinal))?.Path.Path ?? field;

    private StoredDocument Read(BsonDocument document) =>
        StoredDocumentMapper.FromBson(document, new BsonReadContext(_context.Description, Name));

    private MongoErrorContext Errors(string? id = null) => _context.Errors(Name, id);
}
