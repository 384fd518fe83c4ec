using System.Runtime.CompilerServices;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Revisions;
using ErpCode.Storage.Sqlite.Connections;
using ErpCode.Storage.Sqlite.Documents;
using ErpCode.Storage.Sqlite.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ErpCode.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, documents stored whole as typed JSON, typed comparisons
/// and indexes through the <c>erp_key</c> function. The zero-setup default.
/// </summary>
public sealed class SqliteDocumentStore : IDocumentStore
{
    public const string ProviderName = "Sqlite";

    private readonly SqliteConnectionFactory _connections;
    private readonly SqliteAutoSession _session;
    private readonly SqliteCollectionRegistry _registry;
    private readonly StorageOptions _options;
    private readonly ILogger _logger;
    private readonly OneTimeInitialization _initialization = new();

    public SqliteDocumentStore(StorageOptions options, ILogger<SqliteDocumentStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger ?? NullLogger<SqliteDocumentStore>.Instance;
        _connections = new SqliteConnectionFactory(options);
        _session = new SqliteAutoSession(_connections);
        _registry = new SqliteCollectionRegistry(_session, InitializeAsync);
    }

    public string Provider => ProviderName;

    public string Description => _connections.Context.Description;

    /// <summary>The full path of the store file.</summary>
    public string FilePath => _connections.FilePath;

    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        _initialization.RunAsync(OpenAsync, cancellationToken);

    public async Task EnsureCollectionAsync(CollectionDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        definition.Validate();
        await InitializeAsync(cancellationToken);
        var existing = (await _registry.ListAsync(cancellationToken)).FirstOrDefault(d => string.Equals(d.Name, definition.Name, StringComparison.OrdinalIgnoreCase));
        if (existing is not null && existing.Name != definition.Name)
        {
            throw new InvalidCollectionNameException(definition.Name, $"it differs only by case from the existing collection '{existing.Name}'");
        }

        await _session.RunAsync(
            async commands =>
            {
                // Read the stored definition again inside the write lock, so two nodes changing it do not race.
                using var read = commands.Create($"SELECT definition FROM {SqliteNames.CollectionsTable} WHERE name = $name");
                read.Parameters.AddWithValue("$name", definition.Name);
                var storedJson = await read.ExecuteScalarAsync(cancellationToken) as string;
                var stored = storedJson is null ? null : CollectionDefinitionJson.Deserialize(storedJson);
                await SqliteSchema.CreateOrUpdateCollectionAsync(commands, definition, stored, cancellationToken);
                using var write = commands.Create($"INSERT INTO {SqliteNames.CollectionsTable} (name, definition) VALUES ($name, $definition) ON CONFLICT (name) DO UPDATE SET definition = excluded.definition");
                write.Parameters.AddWithValue("$name", definition.Name);
                write.Parameters.AddWithValue("$definition", CollectionDefinitionJson.Serialize(definition));
                await write.ExecuteNonQueryAsync(cancellationToken);
                return true;
            },
            atomic: true,
            definition.Name,
            null,
            cancellationToken);
        _registry.Remember(definition);
        Log.CollectionEnsured(_logger, definition.Name, definition.Indexes.Length);
    }

    public async Task<IReadOnlyList<CollectionDefinition>> ListCollectionsAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        return await _registry.ListAsync(cancellationToken);
    }

    public IDocumentCollection Collection(string name) =>
        new SqliteDocumentCollection(CollectionName.Validate(name), _session, _registry);

    public async Task<IStoreTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        return await SqliteStoreTransaction.BeginAsync(_connections, _registry, cancellationToken);
    }

    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        return await _session.RunAsync(
            async commands =>
            {
                using var command = commands.Create($"SELECT value FROM {SqliteNames.MetaTable} WHERE key = 'revision'");
                return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? throw new StoreCorruptException(Description, "the revision is missing from erp_meta"));
            },
            atomic: false,
            null,
            null,
            cancellationToken);
    }

    public async IAsyncEnumerable<long> WatchRevisionAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var revision in RevisionPolling.WatchAsync(GetRevisionAsync, _options.RevisionPollInterval, ex => Log.RevisionPollFailed(_logger, ex), cancellationToken))
        {
            yield return revision;
        }
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var revision = await GetRevisionAsync(cancellationToken);
            return new StoreHealth(true, Provider, Description, revision, null)
            {
                Details = new Dictionary<string, string> { ["file"] = FilePath, ["journal"] = "wal" },
            };
        }
        catch (StorageException ex)
        {
            return new StoreHealth(false, Provider, Description, null, ex.Message);
        }
    }

    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        _connections.EnsureDirectory();
        await _session.RunAsync(commands => SqliteSchema.RefuseForeignFileAsync(commands, _connections.Context, cancellationToken), atomic: false, null, null, cancellationToken);
        await _session.RunAsync(commands => SqliteSchema.UseWriteAheadLogAsync(commands, cancellationToken), atomic: false, null, null, cancellationToken);
        await _session.RunAsync(commands => SqliteSchema.CreateOrCheckAsync(commands, _connections.Context, cancellationToken), atomic: true, null, null, cancellationToken);
        Log.StoreOpened(_logger, FilePath);
    }

    /// <summary>Closes the pooled connections of this store's file, so the file can be moved or deleted.</summary>
    public ValueTask DisposeAsync()
    {
        _connections.ClearPool();
        _initialization.Dispose();
        return ValueTask.CompletedTask;
    }
}
