using System.Text;
using ErpCode.Core.Storage.Queries;

namespace ErpCode.Storage.Sqlite.Queries;

/// <summary>The SELECT of a checked query plan: filter, total sort, limit and offset, every value a parameter.</summary>
internal static class SqlQueryBuilder
{
    public const string Columns = "id, type, parent, version, body";

    public static string Select(QueryPlan plan, SqlParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var sql = new StringBuilder("SELECT ").Append(Columns).Append(" FROM ").Append(SqliteNames.Quote(SqliteNames.Table(plan.Collection.Name)))
            .Append(" WHERE ").Append(SqlFilterTranslator.Translate(plan.Filter, parameters))
            .Append(" ORDER BY ").AppendJoin(", ", plan.Sort.Select(s => SqlPaths.Key(s.Field) + (s.Direction == SortDirection.Descending ? " DESC" : string.Empty)));
        if (plan.FetchLimit is { } limit)
        {
            sql.Append(" LIMIT ").Append(parameters.Add(limit));
        }
        else if (plan.Skip > 0)
        {
            sql.Append(" LIMIT -1");
        }

        if (plan.Skip > 0)
        {
            sql.Append(" OFFSET ").Append(parameters.Add(plan.Skip));
        }

        return sql.ToString();
    }

    public static string Count(string collection, Filter filter, SqlParameters parameters) =>
        $"SELECT count(*) FROM {SqliteNames.Quote(SqliteNames.Table(collection))} WHERE {SqlFilterTranslator.Translate(filter, parameters)}";
}
