using System.Collections;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Documents.Coercion;

/// <summary>
/// Turns what stored code returns (an expression's value, a property a business class set) into a value of the
/// store, exactly: a <see cref="double"/> or <see cref="float"/> is refused rather than rounded into money.
/// </summary>
public static class ClrValue
{
    /// <summary>The stored value, or null with <paramref name="problem"/> saying why it cannot be stored.</summary>
    public static DocValue? ToDocValue(object? value, out string? problem)
    {
        problem = null;
        switch (value)
        {
            case null:
                return NullValue.Instance;
            case DocValue doc:
                return doc;
            case string s:
                return new StringValue(s);
            case bool b:
                return BoolValue.Of(b);
            case long or int or short or byte or sbyte or ushort or uint:
                return new Int64Value(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
            case decimal d:
                return new DecimalValue(d);
            case double or float:
                problem = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"gave the floating-point number {value}; write decimal numbers (such as 1.5m) so amounts stay exact");
                return null;
            case DateTime { Kind: DateTimeKind.Unspecified }:
                problem = "gave a date-time without a time zone; use Clock.UtcNow or DateTime.SpecifyKind(…, DateTimeKind.Utc)";
                return null;
            case DateTime dt:
                return new DateTimeValue(dt);
            case DateTimeOffset dto:
                return new DateTimeValue(dto);
            case DateOnly date:
                return new DateValue(date);
            case IEnumerable sequence:
                var items = new List<DocValue>();
                foreach (var item in sequence)
                {
                    if (ToDocValue(item, out problem) is not { } converted)
                    {
                        return null;
                    }

                    items.Add(converted);
                }

                return new ArrayValue(items);
            default:
                problem = $"gave a {value.GetType().Name}, which cannot be stored";
                return null;
        }
    }
}
