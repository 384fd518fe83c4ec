using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Storage.Sqlite.Keys;

/// <summary>
/// Encodes a value as bytes whose binary order is the store's sort order, so SQLite can compare, sort and index
/// typed values with plain BLOB comparison. The first byte is the kind class (missing and null sort first, then
/// numbers, strings, documents, arrays, booleans, date-times, dates); numbers of both kinds share one class and a
/// fixed-point digit form, so 5 and 5.00 have the same key and decimals never pass through a binary float.
/// </summary>
internal static class SortKey
{
    public const byte NullClass = 0x01;
    public const byte NumberClass = 0x02;
    public const byte StringClass = 0x03;
    public const byte DocumentClass = 0x04;
    public const byte ArrayClass = 0x05;
    public const byte BoolClass = 0x06;
    public const byte DateTimeClass = 0x07;
    public const byte DateClass = 0x08;

    private const int IntegerDigits = 29;
    private const int FractionDigits = 28;

    public static byte[] Missing { get; } = [NullClass];

    public static byte ClassOf(ValueKind kind) => kind switch
    {
        ValueKind.Null => NullClass,
        ValueKind.Int64 or ValueKind.Decimal => NumberClass,
        ValueKind.String => StringClass,
        ValueKind.Document => DocumentClass,
        ValueKind.Array => ArrayClass,
        ValueKind.Bool => BoolClass,
        ValueKind.DateTime => DateTimeClass,
        ValueKind.Date => DateClass,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static byte[] Encode(DocValue value) => value switch
    {
        NullValue => [NullClass],
        Int64Value i => EncodeNumber(i.Value),
        DecimalValue d => EncodeNumber(d.Value),
        StringValue s => EncodeString(s.Value),
        BoolValue b => [BoolClass, b.Value ? (byte)1 : (byte)0],
        DateTimeValue dt => EncodeDateTime(dt.Value),
        DateValue date => EncodeDate(date.Value),
        ArrayValue or DocumentValue => EncodeComposite(value),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>The key of a value given as typed JSON text (what <c>body -&gt; '$.path'</c> yields); null for a missing value.</summary>
    public static byte[] EncodeJson(byte[]? json) => json is null ? Missing : Encode(TypedJson.Deserialize(json));

    private static byte[] EncodeNumber(decimal value)
    {
        var negative = value < 0;

        // "F28" writes every digit a decimal can hold after the point (its scale is at most 28); the integer part
        // is then right-aligned in 29 places, so all numbers share one fixed width.
        var digits = Math.Abs(value).ToString("F28", CultureInfo.InvariantCulture);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var key = new byte[2 + IntegerDigits + FractionDigits];
        key[0] = NumberClass;
        key[1] = negative ? (byte)0 : (byte)1;
        var k = 2;
        for (var pad = IntegerDigits - point; pad > 0; pad--)
        {
            key[k++] = Digit('0', negative);
        }

        foreach (var c in digits)
        {
            if (c != '.')
            {
                key[k++] = Digit(c, negative);
            }
        }

        return key;
    }

    // Negative numbers sort in reverse magnitude: every digit of the fixed-width form is complemented.
    private static byte Digit(char c, bool negative) => (byte)(negative ? '9' - c + '0' : c);

    private static byte[] EncodeString(string value)
    {
        var key = new byte[1 + Encoding.UTF8.GetByteCount(value)];
        key[0] = StringClass;
        Encoding.UTF8.GetBytes(value, key.AsSpan(1));
        return key;
    }

    private static byte[] EncodeDateTime(DateTime value)
    {
        var key = new byte[9];
        key[0] = DateTimeClass;
        BinaryPrimitives.WriteInt64BigEndian(key.AsSpan(1), value.Ticks);
        return key;
    }

    private static byte[] EncodeDate(DateOnly value)
    {
        var key = new byte[5];
        key[0] = DateClass;
        BinaryPrimitives.WriteInt32BigEndian(key.AsSpan(1), value.DayNumber);
        return key;
    }

    private static byte[] EncodeComposite(DocValue value)
    {
        var json = TypedJson.SerializeToUtf8(value);
        var key = new byte[1 + json.Length];
        key[0] = ClassOf(value.Kind);
        json.CopyTo(key, 1);
        return key;
    }
}
