namespace ErpCode.Storage.Sqlite;

/// <summary>
/// Names of the store's tables and indexes. Collection and index names are checked by the Core rules
/// (letters, digits, '_'), so they are safe to place in SQL; they are still always double-quoted.
/// </summary>
internal static class SqliteNames
{
    public const string MetaTable = "erp_meta";
    public const string CollectionsTable = "erp_collections";
    private const string TablePrefix = "doc_";
    private const string IndexSeparator = "__";

    public static string Table(string collection) => TablePrefix + collection;

    public static string Index(string collection, string index) => TablePrefix + collection + IndexSeparator + index;

    public static string IndexPrefix(string collection) => TablePrefix + collection + IndexSeparator;

    public static string IndexNameFromSql(string sqlIndexName)
    {
        var at = sqlIndexName.LastIndexOf(IndexSeparator, StringComparison.Ordinal);
        return at < 0 ? sqlIndexName : sqlIndexName[(at + IndexSeparator.Length)..];
    }

    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
