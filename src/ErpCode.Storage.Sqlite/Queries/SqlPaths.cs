using ErpCode.Core.Storage.Queries;

namespace ErpCode.Storage.Sqlite.Queries;

/// <summary>
/// The SQL expressions that read a field. Index definitions and queries build them here, in one place, because
/// SQLite only uses an expression index when the query repeats the indexed expression exactly.
/// </summary>
internal static class SqlPaths
{
    /// <summary>The column of an envelope path (<c>_id</c> → <c>id</c>…), or null for a body path.</summary>
    public static string? Column(FieldPath path) => path.Path switch
    {
        FieldPath.IdName => "id",
        FieldPath.TypeName => "type",
        FieldPath.ParentName => "parent",
        FieldPath.VersionName => "version",
        _ => null,
    };

    /// <summary>A JSON path literal such as <c>'$.address.city'</c>; segments follow the FieldName rule, so no quoting is needed.</summary>
    public static string JsonPathLiteral(FieldPath path) => "'$." + path.Path + "'";

    /// <summary>The typed JSON text at a body path, NULL when missing.</summary>
    public static string JsonValue(FieldPath path) => "(body -> " + JsonPathLiteral(path) + ")";

    /// <summary>The sort key of a field: the column for envelope paths, <c>erp_key(...)</c> for body paths.</summary>
    public static string Key(FieldPath path) => Column(path) ?? "erp_key" + JsonValue(path);
}
