using System.Globalization;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Portal.Lists;

/// <summary>
/// Reads what a user typed in a column's filter into the store's filter: text the value contains (case ignored), a
/// number, date or instant with an optional comparison (<c>&gt;= 100</c>, <c>&lt; 2026-03-01</c>), or a choice. Text
/// that does not fit the column gives a message for the user instead of a filter.
/// </summary>
public static class ColumnFilter
{
    /// <summary>The filter for <paramref name="text"/> (null when blank), or the reason it cannot be read.</summary>
    public static (Filter? Filter, string? Error) Parse(ListColumn column, string? text)
    {
        ArgumentNullException.ThrowIfNull(column);
        var input = text?.Trim() ?? string.Empty;
        if (input.Length == 0 || column.Filter == FilterKind.None)
        {
            return (null, null);
        }

        var field = column.FilterPath;
        switch (column.Filter)
        {
            case FilterKind.Text:
                return (Filter.Contains(field, input, ignoreCase: true), null);
            case FilterKind.Choice:
                return Choice(column, field, input);
            default:
                var (op, operand) = Operator(input);
                return column.Filter switch
                {
                    FilterKind.Number => decimal.TryParse(operand, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                        ? (Compare(field, op, column.Type == PropertyType.Int && number == decimal.Truncate(number) ? (DocValue)(long)number : number), null)
                        : (null, "Enter a number such as 100 or >= 99.5."),
                    FilterKind.Date => DateOnly.TryParseExact(operand, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                        ? (Compare(field, op, date), null)
                        : (null, "Enter a date as yyyy-MM-dd, such as 2026-03-31 or < 2026-04-01."),
                    _ => Instant(field, op, operand),
                };
        }
    }

    private static (Filter? Filter, string? Error) Choice(ListColumn column, FieldPath field, string input)
    {
        if (column.Choices.FirstOrDefault(c => c.Value == input) is not { } choice)
        {
            return (null, $"Choose one of {string.Join(", ", column.Choices.Select(c => c.Title))}.");
        }

        if (column.Type == PropertyType.Bool)
        {
            return (Filter.Eq(field, choice.Value == "true"), null);
        }

        // A document that never changed state has no state variable yet: it is in the workflow's initial state.
        return column.Kind == ColumnKind.State && choice.Value == column.InitialState
            ? (Filter.Or(Filter.Eq(field, choice.Value), Filter.Not(Filter.Exists(field))), null)
            : (Filter.Eq(field, choice.Value), null);
    }

    /// <summary>A date alone means that whole day (UTC); a date and time compares with that instant.</summary>
    private static (Filter? Filter, string? Error) Instant(FieldPath field, ComparisonOperator? op, string operand)
    {
        string[] formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm"];
        const DateTimeStyles utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTime.TryParseExact(operand, formats, CultureInfo.InvariantCulture, utc, out var instant))
        {
            return (Compare(field, op, instant), null);
        }

        if (!DateTime.TryParseExact(operand, "yyyy-MM-dd", CultureInfo.InvariantCulture, utc, out var day))
        {
            return (null, "Enter a date as yyyy-MM-dd, or a date and time as yyyy-MM-dd HH:mm (UTC).");
        }

        var next = day.AddDays(1);
        return op switch
        {
            null or ComparisonOperator.Eq => (Filter.And(Filter.Ge(field, day), Filter.Lt(field, next)), null),
            ComparisonOperator.Gt => (Filter.Ge(field, next), null),
            ComparisonOperator.Le => (Filter.Lt(field, next), null),
            _ => (Compare(field, op, day), null),
        };
    }

    private static ComparisonFilter Compare(FieldPath field, ComparisonOperator? op, DocValue value) => new ComparisonFilter(field, op ?? ComparisonOperator.Eq, value);

    private static (ComparisonOperator? Operator, string Operand) Operator(string input)
    {
        foreach (var (symbol, op) in new (string, ComparisonOperator)[] { (">=", ComparisonOperator.Ge), ("<=", ComparisonOperator.Le), (">", ComparisonOperator.Gt), ("<", ComparisonOperator.Lt), ("=", ComparisonOperator.Eq) })
        {
            if (input.StartsWith(symbol, StringComparison.Ordinal))
            {
                return (op, input[symbol.Length..].Trim());
            }
        }

        return (null, input);
    }
}
