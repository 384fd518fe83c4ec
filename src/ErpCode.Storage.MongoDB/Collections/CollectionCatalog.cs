using System.Collections.Concurrent;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Storage.MongoDB.Errors;
using Microsoft.Extensions.Logging;
using MongoDB.Bson;
using MongoDB.Driver;

namespace ErpCode.Storage.MongoDB.Collections;

/// <summary>
/// The collection definitions, kept in <c>erp_collections</c> and cached by this store instance. A name missing
/// from the cache is read again from the database, since another node may have created the collection.
/// </summary>
internal sealed class CollectionCatalog
{
    private readonly ConcurrentDictionary<string, CollectionDefinition> _definitions = new(StringComparer.Ordinal);
    private readonly IMongoDatabase _database;
    private readonly string _store;
    private readonly ILogger _logger;

    public CollectionCatalog(IMongoDatabase database, string store, ILogger logger)
    {
        _database = database;
        _store = store;
        _logger = logger;
    }

    private IMongoCollection<BsonDocument> Definitions => _database.GetCollection<BsonDocument>(MetaCollections.Collections);

    public Task EnsureMetaCollectionsAsync(CancellationToken cancellationToken) =>
        MongoCall.RunAsync(
            async () =>
            {
                await CreateIfMissingAsync(MetaCollections.Collections, cancellationToken);
                await CreateIfMissingAsync(MetaCollections.Meta, cancellationToken);
            },
            new MongoErrorContext(_store));

    /// <summary>The definition of <paramref name="name"/>; throws <see cref="UnknownCollectionException"/> when no node created it.</summary>
    public async Task<CollectionDefinition> GetAsync(string name, CancellationToken cancellationToken)
    {
        if (_definitions.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var stored = await MongoCall.RunAsync(
            () => Definitions.Find(new BsonDocument("_id", name)).FirstOrDefaultAsync(cancellationToken),
            new MongoErrorContext(_store, name));
        if (stored is null)
        {
            throw new UnknownCollectionException(name);
        }

        var definition = CollectionDefinitionMapper.FromBson(stored, _store);
        _definitions[name] = definition;
        return definition;
    }

    public async Task<IReadOnlyList<CollectionDefinition>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = await MongoCall.RunAsync(
            () => Definitions.Find(new BsonDocument()).Sort(new BsonDocument("_id", 1)).ToListAsync(cancellationToken),
            new MongoErrorContext(_store));
        var definitions = stored.Select(d => CollectionDefinitionMapper.FromBson(d, _store)).ToList();
        foreach (var definition in definitions)
        {
            _definitions[definition.Name] = definition;
        }

        return definitions;
    }

    /// <summary>
    /// Creates the collection, then brings its indexes to the definition (new and changed ones first, so a unique
    /// index refused over duplicate data leaves the others as they were), and only then records the definition.
    /// </summary>
    public async Task EnsureAsync(CollectionDefinition definition, CancellationToken cancellationToken)
    {
        Check(definition);
        var errors = new MongoErrorContext(_store, definition.Name);
        var desired = IndexSpec.For(definition);
        await MongoCall.RunAsync(
            async () =>
            {
                await CreateIfMissingAsync(definition.Name, cancellationToken);
                await SyncIndexesAsync(definition.Name, desired, cancellationToken);
                await Definitions.ReplaceOneAsync(
                    new BsonDocument("_id", definition.Name),
                    CollectionDefinitionMapper.ToBson(definition),
                    new ReplaceOptions { IsUpsert = true },
                    cancellationToken);
            },
            errors);
        _definitions[definition.Name] = definition;
        Log.CollectionEnsured(_logger, definition.Name, desired.Count);
    }

    /// <summary>Checks the definition, and that it does not take the name of one of the store's own collections.</summary>
    public static void Check(CollectionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Validate();
        if (MetaCollections.IsReserved(definition.Name))
        {
            throw new InvalidCollectionNameException(definition.Name, "the name is reserved for the store's own records");
        }
    }

    private async Task SyncIndexesAsync(string name, IReadOnlyList<IndexSpec> desired, CancellationToken cancellationToken)
    {
        var collection = _database.GetCollection<BsonDocument>(name);
        using var cursor = await collection.Indexes.ListAsync(cancellationToken);
        var existing = (await cursor.ToListAsync(cancellationToken)).Select(IndexSpec.FromListed).ToDictionary(i => i.Name, StringComparer.Ordinal);
        foreach (var index in desired)
        {
            if (existing.TryGetValue(index.Name, out var present))
            {
                if (present.SameAs(index))
                {
                    continue;
                }

                await DropAsync(collection, name, index.Name, cancellationToken);
            }

            try
            {
                await collection.Indexes.CreateOneAsync(index.ToModel(), cancellationToken: cancellationToken);
                Log.IndexCreated(_logger, index.Name, name);
            }
            catch (MongoCommandException ex) when (!index.Unique && ex.Code is MongoErrorCodes.IndexOptionsConflict or MongoErrorCodes.IndexKeySpecsConflict)
            {
                Log.IndexCoveredByOther(_logger, index.Name, name, ex.CodeName ?? ex.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        foreach (var stale in existing.Keys.Where(n => IndexNames.IsManaged(n) && !desired.Any(d => d.Name == n)))
        {
            await DropAsync(collection, name, stale, cancellationToken);
        }
    }

    private async Task DropAsync(IMongoCollection<BsonDocument> collection, string name, string index, CancellationToken cancellationToken)
    {
        try
        {
            await collection.Indexes.DropOneAsync(index, cancellationToken);
            Log.IndexDropped(_logger, index, name);
        }
        catch (MongoCommandException ex) when (ex.Code == MongoErrorCodes.IndexNotFound)
        {
            // Another node dropped it first.
        }
    }

    private async Task CreateIfMissingAsync(string name, CancellationToken cancellationToken)
    {
        var options = new ListCollectionNamesOptions { Filter = new BsonDocument("name", name) };
        using var names = await _database.ListCollectionNamesAsync(options, cancellationToken);
        if (await names.AnyAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await _database.CreateCollectionAsync(name, cancellationToken: cancellationToken);
        }
        catch (MongoCommandException ex) when (ex.Code == MongoErrorCodes.NamespaceExists)
        {
            // Another node created it between the check and the create.
        }
    }
}
