using System.Collections.Concurrent;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Storage.Sqlite.Connections;
using ErpCode.Storage.Sqlite.Schema;

namespace ErpCode.Storage.Sqlite;

/// <summary>
/// The collection definitions of the file, cached per store instance. The first use opens the store; a miss reads <c>erp_collections</c>
/// again, so a collection another process created is found; a collection nobody created is an error.
/// </summary>
internal sealed class SqliteCollectionRegistry(SqliteSession session, Func<CancellationToken, Task> initialize)
{
    private readonly ConcurrentDictionary<string, CollectionDefinition> _known = new(StringComparer.Ordinal);

    public async ValueTask<CollectionDefinition> GetAsync(string name, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(name, out var definition))
        {
            return definition;
        }

        await RefreshAsync(cancellationToken);
        return _known.TryGetValue(name, out definition) ? definition : throw new UnknownCollectionException(name);
    }

    public async Task<IReadOnlyList<CollectionDefinition>> ListAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        return [.. _known.Values.OrderBy(d => d.Name, StringComparer.Ordinal)];
    }

    public void Remember(CollectionDefinition definition) => _known[definition.Name] = definition;

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await initialize(cancellationToken);
        await ReadAllAsync(cancellationToken);
    }

    private Task<bool> ReadAllAsync(CancellationToken cancellationToken) => session.RunAsync(
        async commands =>
        {
            using var command = commands.Create($"SELECT definition FROM {SqliteNames.CollectionsTable}");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var definition = CollectionDefinitionJson.Deserialize(reader.GetString(0));
                _known[definition.Name] = definition;
            }

            return true;
        },
        atomic: false,
        null,
        null,
        cancellationToken);
}
