using System.Globalization;
using System.Text.RegularExpressions;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Documents.Coercion;

/// <summary>
/// The one place that turns a given value into the stored form of a property type, exactly: numbers never pass
/// through <see cref="double"/>, an integer property refuses 1.5, a date is <c>yyyy-MM-dd</c>, an instant must carry
/// its offset. Numbers may come as JSON numbers or as numeric strings (OData's IEEE754Compatible form).
/// </summary>
public static partial class ValueCoercion
{
    /// <summary>The stored value, or null with <paramref name="problem"/> saying (after the path) what is wrong.</summary>
    public static DocValue? Coerce(PropertyDefinition property, DocValue value, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(value);
        if (!property.List)
        {
            return CoerceOne(property.Type, value, out problem);
        }

        if (value is not ArrayValue array)
        {
            problem = $"must be a list of {Describe(property.Type)}";
            return null;
        }

        var items = new DocValue[array.Count];
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is NullValue)
            {
                problem = $"item {i} is empty; a list holds values only";
                return null;
            }

            var item = CoerceOne(property.Type, array[i], out var itemProblem);
            if (item is null)
            {
                problem = $"item {i} {itemProblem}";
                return null;
            }

            items[i] = item;
        }

        problem = null;
        return new ArrayValue(items);
    }

    public static string Describe(PropertyType type) => type switch
    {
        PropertyType.String => "text on one line",
        PropertyType.Text => "text",
        PropertyType.Int => "whole numbers",
        PropertyType.Decimal => "numbers",
        PropertyType.Money => "amounts with a currency ({\"Amount\": 10.50, \"Currency\": \"EUR\"})",
        PropertyType.Bool => "true or false",
        PropertyType.Date => "dates (yyyy-MM-dd)",
        PropertyType.DateTime => "instants (ISO 8601 with offset, such as 2026-11-26T09:30:00Z)",
        PropertyType.Enum => "values from its list",
        PropertyType.Category => "category paths",
        PropertyType.Reference => "document ids",
        _ => type.ToString(),
    };

    private static DocValue? CoerceOne(PropertyType type, DocValue value, out string? problem)
    {
        problem = null;
        switch (type)
        {
            case PropertyType.String:
                if (value is StringValue line)
                {
                    if (line.Value.AsSpan().IndexOfAny('\r', '\n') >= 0)
                    {
                        problem = "must be on one line (use a Text property for several lines)";
                        return null;
                    }

                    return line;
                }

                break;
            case PropertyType.Text or PropertyType.Enum or PropertyType.Category or PropertyType.Reference:
                if (value is StringValue text)
                {
                    return text;
                }

                break;
            case PropertyType.Int:
                if (value is Int64Value)
                {
                    return value;
                }

                if (ToDecimal(value) is { } whole)
                {
                    if (whole != decimal.Truncate(whole) || whole < long.MinValue || whole > long.MaxValue)
                    {
                        problem = $"must be a whole number, not {whole.ToString(CultureInfo.InvariantCulture)}";
                        return null;
                    }

                    return new Int64Value((long)whole);
                }

                break;
            case PropertyType.Decimal:
                if (ToDecimal(value) is { } number)
                {
                    return new DecimalValue(number);
                }

                break;
            case PropertyType.Money:
                return CoerceMoney(value, out problem);
            case PropertyType.Bool:
                if (value is BoolValue)
                {
                    return value;
                }

                break;
            case PropertyType.Date:
                if (value is DateValue)
                {
                    return value;
                }

                if (value is StringValue ds && DateOnly.TryParseExact(ds.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return new DateValue(date);
                }

                break;
            case PropertyType.DateTime:
                if (value is DateTimeValue)
                {
                    return value;
                }

                if (value is StringValue dts)
                {
                    if (!OffsetSuffix().IsMatch(dts.Value))
                    {
                        problem = $"must give its time zone ('Z' or an offset such as +01:00): '{dts.Value}'";
                        return null;
                    }

                    if (DateTimeOffset.TryParse(dts.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
                    {
                        return new DateTimeValue(instant);
                    }
                }

                break;
        }

        problem = $"must be {Article(type)}, not {DescribeValue(value)}";
        return null;
    }

    private static DocumentValue? CoerceMoney(DocValue value, out string? problem)
    {
        if (value is not DocumentValue money)
        {
            problem = $"must be an amount with a currency, such as {{\"Amount\": 10.50, \"Currency\": \"EUR\"}}, not {DescribeValue(value)}";
            return null;
        }

        foreach (var name in money.Names)
        {
            if (name is not ("Amount" or "Currency"))
            {
                problem = $"has an unknown part '{name}'; money has only Amount and Currency";
                return null;
            }
        }

        if (!money.TryGet("Amount", out var amountValue) || ToDecimal(amountValue) is not { } amount)
        {
            problem = "needs an Amount that is a number";
            return null;
        }

        if (!money.TryGet("Currency", out var currencyValue) || currencyValue is not StringValue currency || !CurrencyCode().IsMatch(currency.Value))
        {
            problem = "needs a Currency: a three-letter ISO 4217 code such as EUR";
            return null;
        }

        problem = null;
        return DocumentValue.Create(("Amount", amount), ("Currency", currency.Value));
    }

    private static decimal? ToDecimal(DocValue value) => value switch
    {
        DecimalValue d => d.Value,
        Int64Value l => l.Value,
        StringValue s when decimal.TryParse(s.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static string Article(PropertyType type) => type switch
    {
        PropertyType.String => "text on one line",
        PropertyType.Text => "text",
        PropertyType.Int => "a whole number",
        PropertyType.Decimal => "a number",
        PropertyType.Bool => "true or false",
        PropertyType.Date => "a date (yyyy-MM-dd)",
        PropertyType.DateTime => "an instant (ISO 8601 with offset)",
        PropertyType.Enum => "one of its values (text)",
        PropertyType.Category => "a category path (text)",
        PropertyType.Reference => "a document id (text)",
        _ => type.ToString(),
    };

    private static string DescribeValue(DocValue value) => value switch
    {
        StringValue s => $"the text '{(s.Value.Length > 40 ? s.Value[..40] + "…" : s.Value)}'",
        Int64Value or DecimalValue => $"the number {value}",
        BoolValue => value.ToString()!,
        ArrayValue => "a list",
        DocumentValue => "an object",
        DateValue or DateTimeValue => $"the date {value}",
        _ => value.Kind.ToString().ToLowerInvariant(),
    };

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetSuffix();

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCode();
}
