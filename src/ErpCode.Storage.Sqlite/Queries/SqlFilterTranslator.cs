using System.Globalization;
using SortKey = ErpCode.Storage.Sqlite.Keys.SortKey;
using System.Text;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Storage.Sqlite.Keys;

namespace ErpCode.Storage.Sqlite.Queries;

/// <summary>
/// Translates the store's filter into a SQLite boolean expression over <c>id, type, parent, version, body</c>.
/// Body values compare by <see cref="SortKey"/> (kind class first, so a comparison only matches values of the
/// operand's kind); every generated predicate is two-valued (never NULL) so that NOT means "does not match".
/// Filters must have passed <see cref="FilterChecker"/>.
/// </summary>
internal sealed class SqlFilterTranslator
{
    private readonly SqlParameters _parameters;
    private readonly StringBuilder _sql = new();
    private int _elementAliases;

    private SqlFilterTranslator(SqlParameters parameters)
    {
        _parameters = parameters;
    }

    public static string Translate(Filter filter, SqlParameters parameters)
    {
        var translator = new SqlFilterTranslator(parameters);
        translator.Write(filter, elementRoot: null);
        return translator._sql.ToString();
    }

    private void Write(Filter filter, string? elementRoot)
    {
        switch (filter)
        {
            case AndFilter { Filters.Length: 0 }:
                _sql.Append('1');
                break;
            case OrFilter { Filters.Length: 0 }:
                _sql.Append('0');
                break;
            case AndFilter and:
                WriteJoined(and.Filters, " AND ", elementRoot);
                break;
            case OrFilter or:
                WriteJoined(or.Filters, " OR ", elementRoot);
                break;
            case NotFilter not:
                _sql.Append("NOT (");
                Write(not.Inner, elementRoot);
                _sql.Append(')');
                break;
            case ComparisonFilter c:
                WriteComparison(c.Field, c.Operator, c.Value, elementRoot);
                break;
            case InFilter { Values.Length: 0 }:
                _sql.Append('0');
                break;
            case InFilter @in:
                WriteJoined([.. @in.Values.Select(v => Filter.Eq(@in.Field, v))], " OR ", elementRoot);
                break;
            case ExistsFilter exists:
                _sql.Append(SqlPaths.Column(exists.Field) is not null && elementRoot is null
                    ? "1"
                    : "(" + JsonValue(exists.Field, elementRoot) + " IS NOT NULL)");
                break;
            case StringMatchFilter s:
                WriteStringMatch(s, elementRoot);
                break;
            case AnyElementFilter any:
                WriteAnyElement(any, elementRoot);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(filter), filter.GetType().Name, "Unknown filter node.");
        }
    }

    private void WriteJoined(IReadOnlyList<Filter> filters, string separator, string? elementRoot)
    {
        _sql.Append('(');
        for (var i = 0; i < filters.Count; i++)
        {
            if (i > 0)
            {
                _sql.Append(separator);
            }

            Write(filters[i], elementRoot);
        }

        _sql.Append(')');
    }

    private void WriteComparison(FieldPath field, ComparisonOperator op, DocValue value, string? elementRoot)
    {
        if (elementRoot is null && SqlPaths.Column(field) is { } column)
        {
            WriteColumnComparison(column, op, value);
            return;
        }

        if (value is NullValue)
        {
            // 'null' is the JSON text of an explicit null; a missing field yields SQL NULL, which IS does not equal.
            _sql.Append('(').Append(JsonValue(field, elementRoot)).Append(op == ComparisonOperator.Eq ? " IS 'null')" : " IS NOT 'null')");
            return;
        }

        var key = KeyExpression(field, elementRoot);
        var operand = _parameters.Add(SortKey.Encode(value));
        var kindClass = SortKey.ClassOf(value.Kind);
        switch (op)
        {
            case ComparisonOperator.Eq:
                _sql.Append('(').Append(key).Append(" = ").Append(operand).Append(')');
                break;
            case ComparisonOperator.Ne:
                _sql.Append('(').Append(key).Append(" <> ").Append(operand).Append(')');
                break;
            case ComparisonOperator.Gt or ComparisonOperator.Ge:
                // Bounded above by the next kind class: Gt(5) must not match strings, which sort after numbers.
                _sql.Append('(').Append(key).Append(op == ComparisonOperator.Gt ? " > " : " >= ").Append(operand)
                    .Append(" AND ").Append(key).Append(" < ").Append(ClassBound((byte)(kindClass + 1))).Append(')');
                break;
            case ComparisonOperator.Lt or ComparisonOperator.Le:
                _sql.Append('(').Append(key).Append(op == ComparisonOperator.Lt ? " < " : " <= ").Append(operand)
                    .Append(" AND ").Append(key).Append(" >= ").Append(ClassBound(kindClass)).Append(')');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(op));
        }
    }

    private void WriteColumnComparison(string column, ComparisonOperator op, DocValue value)
    {
        object? raw = value switch
        {
            NullValue => null,
            StringValue s => s.Value,
            Int64Value i => i.Value,
            _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Envelope fields hold strings or integers."),
        };
        if (raw is null)
        {
            _sql.Append('(').Append(column).Append(op == ComparisonOperator.Eq ? " IS NULL)" : " IS NOT NULL)");
            return;
        }

        var operand = _parameters.Add(raw);
        var sqlOperator = op switch
        {
            ComparisonOperator.Eq => " IS ",
            ComparisonOperator.Ne => " IS NOT ",
            ComparisonOperator.Gt => " > ",
            ComparisonOperator.Ge => " >= ",
            ComparisonOperator.Lt => " < ",
            _ => " <= ",
        };
        _sql.Append(op is ComparisonOperator.Eq or ComparisonOperator.Ne ? "(" : "coalesce(")
            .Append(column).Append(sqlOperator).Append(operand)
            .Append(op is ComparisonOperator.Eq or ComparisonOperator.Ne ? ")" : ", 0)");
    }

    private void WriteStringMatch(StringMatchFilter s, string? elementRoot)
    {
        if (s.Kind == StringMatchKind.StartsWith && !s.IgnoreCase)
        {
            // A case-sensitive prefix is a key range, which an index on the field can serve.
            var lower = SortKey.Encode(new StringValue(s.Value));
            var key = KeyExpression(s.Field, elementRoot);
            var from = _parameters.Add(lower);
            var to = _parameters.Add(lower.Append((byte)0xFF).ToArray());
            _sql.Append('(').Append(key).Append(" >= ").Append(from).Append(" AND ").Append(key).Append(" < ").Append(to).Append(')');
            return;
        }

        var json = elementRoot is null && SqlPaths.Column(s.Field) is { } column ? "json_quote(" + column + ")" : JsonValue(s.Field, elementRoot);
        _sql.Append(SqlFunctions.Match).Append('(').Append(json).Append(", ")
            .Append(((int)s.Kind).ToString(CultureInfo.InvariantCulture)).Append(", ")
            .Append(_parameters.Add(s.Value)).Append(", ")
            .Append(s.IgnoreCase ? '1' : '0').Append(')');
    }

    private void WriteAnyElement(AnyElementFilter any, string? elementRoot)
    {
        var alias = "e" + (++_elementAliases).ToString(CultureInfo.InvariantCulture);
        var arrayPath = PathExpression(any.Field, elementRoot);
        _sql.Append("(json_type(body, ").Append(arrayPath).Append(") IS 'array' AND EXISTS (SELECT 1 FROM json_each(body, ")
            .Append(arrayPath).Append(") AS ").Append(alias);
        if (any.Element is not null)
        {
            _sql.Append(" WHERE ");
            Write(any.Element, alias + ".fullkey");
        }

        _sql.Append("))");
    }

    private static string ClassBound(byte kindClass) => "x'" + kindClass.ToString("X2", CultureInfo.InvariantCulture) + "'";

    /// <summary>The JSON path of a field as an SQL expression: a literal at document level, built from the element's path inside AnyElement.</summary>
    private static string PathExpression(FieldPath field, string? elementRoot)
    {
        if (elementRoot is null)
        {
            return SqlPaths.JsonPathLiteral(field);
        }

        return field.IsElement ? elementRoot : "(" + elementRoot + " || '." + field.Path + "')";
    }

    private static string JsonValue(FieldPath field, string? elementRoot) =>
        elementRoot is null ? SqlPaths.JsonValue(field) : "(body -> " + PathExpression(field, elementRoot) + ")";

    private static string KeyExpression(FieldPath field, string? elementRoot) =>
        elementRoot is null ? SqlPaths.Key(field) : SqlFunctions.Key + JsonValue(field, elementRoot);
}
