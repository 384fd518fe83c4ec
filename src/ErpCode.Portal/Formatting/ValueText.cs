using System.Globalization;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Portal.Formatting;

/// <summary>
/// How the portal writes a stored value as text, in lists, forms, history and CSV alike: money as amount and
/// currency, dates as ISO dates, instants in UTC, numbers in the invariant culture (what users type back in).
/// </summary>
public static class ValueText
{
    public static string Format(DocValue? value, PropertyType? type = null) => value switch
    {
        null or NullValue => string.Empty,
        StringValue text => text.Value,
        BoolValue flag => flag.Value ? "Yes" : "No",
        Int64Value number => number.Value.ToString(CultureInfo.InvariantCulture),
        DecimalValue number => type == PropertyType.Money ? number.Value.ToString("0.00##", CultureInfo.InvariantCulture) : number.Value.ToString(CultureInfo.InvariantCulture),
        DateValue date => date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeValue instant => instant.Value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC",
        DocumentValue money when money.TryGet("Amount", out var amount) && money.TryGet("Currency", out var currency) =>
            $"{Format(amount, PropertyType.Money)} {Format(currency)}",
        ArrayValue items => string.Join(", ", items.Select(item => Format(item))),
        _ => value.ToString() ?? string.Empty,
    };
}
