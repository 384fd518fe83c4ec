using Microsoft.Data.Sqlite;

namespace ErpCode.Storage.Sqlite.Queries;

/// <summary>Collects the parameters of one statement; every value reaches SQLite as a parameter, never as text.</summary>
internal sealed class SqlParameters
{
    private readonly List<SqliteParameter> _parameters = [];

    public string Add(object value)
    {
        var name = "@p" + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _parameters.Add(new SqliteParameter(name, value));
        return name;
    }

    public void CopyTo(SqliteCommand command)
    {
        foreach (var parameter in _parameters)
        {
            command.Parameters.Add(parameter);
        }
    }
}
