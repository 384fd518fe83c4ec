using System.Text;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Storage.Sqlite.Queries;
using ErpCode.Storage.Sqlite.Connections;

namespace ErpCode.Storage.Sqlite.Schema;

/// <summary>
/// The tables of an ErpCode SQLite file: <c>erp_meta</c> (schema version, site revision), <c>erp_collections</c>
/// (each collection's definition) and one <c>doc_&lt;name&gt;</c> table per collection, with the document whole as
/// typed JSON and indexed columns for id, type, parent and version.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The layout version this code writes; a file with a higher one was made by a newer ErpCode.</summary>
    public const long CurrentVersion = 1;

    /// <summary>Switches the file to write-ahead logging (readers never wait for the writer); outside any transaction.</summary>
    public static async Task UseWriteAheadLogAsync(SqliteCommandFactory commands, CancellationToken cancellationToken)
    {
        using var command = commands.Create("PRAGMA journal_mode = WAL");
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Refuses a file that holds another application's tables, before anything is changed in it.</summary>
    public static async Task RefuseForeignFileAsync(SqliteCommandFactory commands, SqliteStoreContext context, CancellationToken cancellationToken)
    {
        var tables = await ScalarAsync<long>(commands, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", cancellationToken);
        var hasMeta = await ScalarAsync<long>(commands, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{SqliteNames.MetaTable}'", cancellationToken) == 1;
        if (tables > 0 && !hasMeta)
        {
            throw new StoreCorruptException(context.Description, $"the file holds {tables} tables but no '{SqliteNames.MetaTable}' table; it belongs to another application");
        }
    }

    /// <summary>Creates the meta tables in a new file, or checks that an existing file is an ErpCode store this code can read.</summary>
    public static async Task CreateOrCheckAsync(SqliteCommandFactory commands, SqliteStoreContext context, CancellationToken cancellationToken)
    {
        await RefuseForeignFileAsync(commands, context, cancellationToken);
        var hasMeta = await ScalarAsync<long>(commands, $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{SqliteNames.MetaTable}'", cancellationToken) == 1;
        if (!hasMeta)
        {
            await ExecuteAsync(
                commands,
                $"""
                CREATE TABLE {SqliteNames.MetaTable} (key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;
                CREATE TABLE {SqliteNames.CollectionsTable} (name TEXT PRIMARY KEY, definition TEXT NOT NULL) STRICT;
                INSERT INTO {SqliteNames.MetaTable} (key, value) VALUES ('schema', {CurrentVersion}), ('revision', 0);
                """,
                cancellationToken);
            return;
        }

        var version = await ScalarAsync<long?>(commands, $"SELECT value FROM {SqliteNames.MetaTable} WHERE key = 'schema'", cancellationToken);
        if (version is null)
        {
            throw new StoreCorruptException(context.Description, "the schema version is missing from erp_meta");
        }

        if (version > CurrentVersion)
        {
            throw new StoreCorruptException(context.Description, $"the file has layout version {version}, made by a newer ErpCode; this one reads up to version {CurrentVersion}");
        }
    }

    public static async Task CreateOrUpdateCollectionAsync(SqliteCommandFactory commands, CollectionDefinition definition, CollectionDefinition? existing, CancellationToken cancellationToken)
    {
        var table = SqliteNames.Quote(SqliteNames.Table(definition.Name));
        var name = definition.Name;
        await ExecuteAsync(
            commands,
            $"""
            CREATE TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY, type TEXT, parent TEXT, version INTEGER NOT NULL, body TEXT NOT NULL) STRICT;
            CREATE INDEX IF NOT EXISTS {SqliteNames.Quote(SqliteNames.Table(name) + "_type")} ON {table} (type);
            CREATE INDEX IF NOT EXISTS {SqliteNames.Quote(SqliteNames.Table(name) + "_parent")} ON {table} (parent);
            """,
            cancellationToken);

        var old = existing?.Indexes.ToDictionary(i => i.Name, StringComparer.Ordinal) ?? [];
        var present = await ExistingIndexesAsync(commands, name, cancellationToken);
        foreach (var sqlName in present)
        {
            var indexName = SqliteNames.IndexNameFromSql(sqlName);
            var wanted = definition.Indexes.FirstOrDefault(i => i.Name == indexName);
            if (wanted is null || !old.TryGetValue(indexName, out var was) || !SameIndex(was, wanted))
            {
                await ExecuteAsync(commands, $"DROP INDEX {SqliteNames.Quote(sqlName)}", cancellationToken);
            }
        }

        foreach (var index in definition.Indexes)
        {
            await ExecuteAsync(commands, CreateIndexSql(name, index), cancellationToken);
        }
    }

    public static string CreateIndexSql(string collection, IndexDefinition index)
    {
        var sql = new StringBuilder("CREATE ");
        if (index.Unique)
        {
            sql.Append("UNIQUE ");
        }

        sql.Append("INDEX IF NOT EXISTS ").Append(SqliteNames.Quote(SqliteNames.Index(collection, index.Name)))
            .Append(" ON ").Append(SqliteNames.Quote(SqliteNames.Table(collection))).Append(" (")
            .AppendJoin(", ", index.Fields.Select(f => SqlPaths.Key(f.Field) + (f.Direction == SortDirection.Descending ? " DESC" : string.Empty)));
        if (!index.Unique)
        {
            // Queries always end their sort with the id; with it in the index, a sorted page needs no sort step.
            sql.Append(", id");
        }

        sql.Append(')');
        return sql.ToString();
    }

    private static bool SameIndex(IndexDefinition a, IndexDefinition b) =>
        a.Unique == b.Unique && a.Fields.SequenceEqual(b.Fields);

    private static async Task<List<string>> ExistingIndexesAsync(SqliteCommandFactory commands, string collection, CancellationToken cancellationToken)
    {
        using var command = commands.Create("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = $table AND substr(name, 1, length($prefix)) = $prefix");
        command.Parameters.AddWithValue("$table", SqliteNames.Table(collection));
        command.Parameters.AddWithValue("$prefix", SqliteNames.IndexPrefix(collection));
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    internal static async Task ExecuteAsync(SqliteCommandFactory commands, string sql, CancellationToken cancellationToken)
    {
        using var command = commands.Create(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static async Task<T> ScalarAsync<T>(SqliteCommandFactory commands, string sql, CancellationToken cancellationToken)
    {
        using var command = commands.Create(sql);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is null or DBNull ? default! : (T)Convert.ChangeType(result, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
