using System.Text;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Patches;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Storage.Sqlite.Connections;
using ErpCode.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace ErpCode.Storage.Sqlite.Documents;

/// <summary>The documents of one collection in the SQLite file, read and written through a session.</summary>
internal sealed class SqliteDocumentCollection(string name, SqliteSession session, SqliteCollectionRegistry registry) : IDocumentCollection
{
    private const string Columns = SqlQueryBuilder.Columns;

    public string Name { get; } = name;

    private string Table => SqliteNames.Quote(SqliteNames.Table(Name));

    public async Task<StoredDocument?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        DocumentId.Validate(id, Name);
        await registry.GetAsync(Name, cancellationToken);
        return await session.RunAsync(commands => ReadByIdAsync(commands, id, cancellationToken), atomic: false, Name, id, cancellationToken);
    }

    public async Task<StoredDocument> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw new DocumentNotFoundException(Name, id);

    public async Task<StoredDocument> InsertAsync(NewDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var definition = await registry.GetAsync(Name, cancellationToken);
        var row = Encode(definition, document);
        await session.RunAsync(commands => InsertRowAsync(commands, row, cancellationToken), atomic: false, Name, document.Id, cancellationToken);
        return new StoredDocument(document.Id, document.Type, document.ParentId, 1, document.Body);
    }

    public async Task<int> InsertManyAsync(IEnumerable<NewDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var definition = await registry.GetAsync(Name, cancellationToken);
        var rows = documents.Select(d => Encode(definition, d ?? throw new ArgumentException("The list holds a null document.", nameof(documents)))).ToList();
        return await session.RunAsync(
            async commands =>
            {
                // One prepared statement for the whole batch; only the parameter values change per row.
                using var command = InsertCommand(commands);
                foreach (var row in rows)
                {
                    try
                    {
                        Bind(command, row);
                        await command.ExecuteNonQueryAsync(cancellationToken);
                    }
                    catch (SqliteException ex)
                    {
                        // Name the document that failed; the session rolls the whole batch back.
                        throw Errors.SqliteErrorMapper.Map(ex, session.Context, Name, row.Id);
                    }
                }

                return rows.Count;
            },
            atomic: true,
            Name,
            null,
            cancellationToken);
    }

    public async Task<StoredDocument> ReplaceAsync(string id, long expectedVersion, DocumentValue body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var definition = await registry.GetAsync(Name, cancellationToken);
        var json = EncodeBody(definition, id, body);
        return await session.RunAsync(
            async commands =>
            {
                using var command = commands.Create($"UPDATE {Table} SET body = $body, version = version + 1 WHERE id = $id AND version = $expected RETURNING {Columns}");
                command.Parameters.AddWithValue("$body", json);
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$expected", expectedVersion);
                return await ReadSingleAsync(command, cancellationToken) ?? await ThrowStaleAsync(commands, id, expectedVersion, cancellationToken);
            },
            atomic: false,
            Name,
            id,
            cancellationToken);
    }

    public async Task<StoredDocument> UpdateAsync(string id, long expectedVersion, DocumentPatch patch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patch);
        DocumentId.Validate(id, Name);
        patch.Validate(Name, id);
        var definition = await registry.GetAsync(Name, cancellationToken);
        return await session.RunAsync(
            async commands =>
            {
                var current = await ReadByIdAsync(commands, id, cancellationToken) ?? throw new DocumentNotFoundException(Name, id);
                if (current.Version != expectedVersion)
                {
                    throw new ConcurrencyException(Name, id, expectedVersion, current.Version);
                }

                var body = patch.ApplyTo(current.Body, Name, id);
                var json = EncodeBody(definition, id, body);
                using var command = commands.Create($"UPDATE {Table} SET body = $body, version = version + 1 WHERE id = $id AND version = $expected");
                command.Parameters.AddWithValue("$body", json);
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$expected", expectedVersion);
                await command.ExecuteNonQueryAsync(cancellationToken);
                return current with { Version = expectedVersion + 1, Body = body };
            },
            atomic: true,
            Name,
            id,
            cancellationToken);
    }

    public async Task DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken = default)
    {
        DocumentId.Validate(id, Name);
        await registry.GetAsync(Name, cancellationToken);
        await session.RunAsync(
            async commands =>
            {
                using var command = commands.Create($"DELETE FROM {Table} WHERE id = $id AND version = $expected");
                command.Parameters.AddWithValue("$id", id);
                command.Parameters.AddWithValue("$expected", expectedVersion);
                return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? 1 : (await ThrowStaleAsync(commands, id, expectedVersion, cancellationToken)).Version;
            },
            atomic: false,
            Name,
            id,
            cancellationToken);
    }

    public async Task<QueryResult> QueryAsync(Query query, CancellationToken cancellationToken = default)
    {
        var definition = await registry.GetAsync(Name, cancellationToken);
        var plan = QueryPlan.Create(query, definition);
        var parameters = new SqlParameters();
        var sql = SqlQueryBuilder.Select(plan, parameters);
        var documents = await session.RunAsync(
            async commands =>
            {
                using var command = commands.Create(sql);
                parameters.CopyTo(command);
                var list = new List<StoredDocument>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    list.Add(ReadRow(reader));
                }

                return list;
            },
            atomic: false,
            Name,
            null,
            cancellationToken);
        return plan.Complete(documents);
    }

    public async Task<long> CountAsync(Filter? filter = null, CancellationToken cancellationToken = default)
    {
        var definition = await registry.GetAsync(Name, cancellationToken);
        filter ??= Filter.All;
        FilterChecker.Check(filter, definition);
        var parameters = new SqlParameters();
        var sql = SqlQueryBuilder.Count(Name, filter, parameters);
        return await session.RunAsync(
            async commands =>
            {
                using var command = commands.Create(sql);
                parameters.CopyTo(command);
                return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            },
            atomic: false,
            Name,
            null,
            cancellationToken);
    }

    private async Task<StoredDocument?> ReadByIdAsync(SqliteCommandFactory commands, string id, CancellationToken cancellationToken)
    {
        using var command = commands.Create($"SELECT {Columns} FROM {Table} WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        return await ReadSingleAsync(command, cancellationToken);
    }

    private async Task<StoredDocument?> ReadSingleAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRow(reader) : null;
    }

    private async Task<StoredDocument> ThrowStaleAsync(SqliteCommandFactory commands, string id, long expectedVersion, CancellationToken cancellationToken)
    {
        DocumentId.Validate(id, Name);
        var current = await ReadByIdAsync(commands, id, cancellationToken) ?? throw new DocumentNotFoundException(Name, id);
        throw new ConcurrencyException(Name, id, expectedVersion, current.Version);
    }

    private async Task<int> InsertRowAsync(SqliteCommandFactory commands, EncodedRow row, CancellationToken cancellationToken)
    {
        using var command = InsertCommand(commands);
        Bind(command, row);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private SqliteCommand InsertCommand(SqliteCommandFactory commands)
    {
        var command = commands.Create($"INSERT INTO {Table} ({Columns}) VALUES ($id, $type, $parent, 1, $body)");
        command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.Add("$type", SqliteType.Text);
        command.Parameters.Add("$parent", SqliteType.Text);
        command.Parameters.Add("$body", SqliteType.Text);
        return command;
    }

    private static void Bind(SqliteCommand command, EncodedRow row)
    {
        command.Parameters["$id"].Value = row.Id;
        command.Parameters["$type"].Value = (object?)row.Type ?? DBNull.Value;
        command.Parameters["$parent"].Value = (object?)row.ParentId ?? DBNull.Value;
        command.Parameters["$body"].Value = row.Json;
    }

    private StoredDocument ReadRow(SqliteDataReader reader)
    {
        var id = reader.GetString(0);
        DocumentValue body;
        try
        {
            // The body is read as its UTF-8 bytes, which the JSON reader takes directly: no string in between.
            body = TypedJson.Deserialize(reader.GetFieldValue<byte[]>(4)) as DocumentValue
                ?? throw new System.Text.Json.JsonException("The body is not a JSON object.");
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidDocumentException)
        {
            throw new StoreCorruptException(session.Context.Description, $"the body of document '{id}' in collection '{Name}' cannot be read: {ex.Message}", ex);
        }

        return new StoredDocument(
            id,
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetInt64(3),
            body);
    }

    private static EncodedRow Encode(CollectionDefinition definition, NewDocument document)
    {
        DocumentChecker.CheckEnvelope(definition, document);
        return new EncodedRow(document.Id, document.Type, document.ParentId, EncodeBody(definition, document.Id, document.Body));
    }

    private static string EncodeBody(CollectionDefinition definition, string id, DocumentValue body)
    {
        DocumentChecker.Check(definition, id, body);
        var json = TypedJson.SerializeToUtf8(body);
        DocumentChecker.CheckSize(definition, id, json.Length);
        return Encoding.UTF8.GetString(json);
    }

    private sealed record EncodedRow(string Id, string? Type, string? ParentId, string Json);
}
