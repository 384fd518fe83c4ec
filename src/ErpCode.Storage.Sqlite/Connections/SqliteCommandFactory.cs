using Microsoft.Data.Sqlite;

namespace ErpCode.Storage.Sqlite.Connections;

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
