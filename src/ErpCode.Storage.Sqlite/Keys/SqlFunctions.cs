using System.Globalization;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using Microsoft.Data.Sqlite;

namespace ErpCode.Storage.Sqlite.Keys;

/// <summary>
/// The SQL functions the store's tables and queries use. Both are deterministic, so expression indexes can use
/// <c>erp_key</c>; every connection that writes to an ErpCode file must have them, which is why they are
/// registered by the store's connection factory and nowhere else.
/// </summary>
internal static class SqlFunctions
{
    /// <summary><c>erp_key(json)</c>: the <see cref="SortKey"/> of a typed JSON value; missing (NULL) sorts as null.</summary>
    public const string Key = "erp_key";

    /// <summary><c>erp_match(json, kind, pattern, ignoreCase)</c>: 1 when the value is a string that matches, else 0.</summary>
    public const string Match = "erp_match";

    public static void Register(SqliteConnection connection)
    {
        // The JSON text arrives as its UTF-8 bytes, which the reader takes as they are: no string in between.
        connection.CreateFunction<byte[]?, byte[]>(Key, SortKey.EncodeJson, isDeterministic: true);
        connection.CreateFunction<string?, long, string, long, long>(Match, MatchString, isDeterministic: true);
    }

    private static long MatchString(string? json, long kind, string pattern, long ignoreCase)
    {
        if (json is null || json.Length == 0 || json[0] != '"')
        {
            return 0;
        }

        var text = ((StringValue)TypedJson.Deserialize(json)).Value;
        var comparison = ignoreCase != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var matched = (StringMatchKind)kind switch
        {
            StringMatchKind.StartsWith => text.StartsWith(pattern, comparison),
            StringMatchKind.EndsWith => text.EndsWith(pattern, comparison),
            StringMatchKind.Contains => text.Contains(pattern, comparison),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind.ToString(CultureInfo.InvariantCulture), "Unknown string match kind."),
        };
        return matched ? 1 : 0;
    }
}
