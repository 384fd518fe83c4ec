using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace ErpCode.Core.Storage.Values;

/// <summary>
/// The typed JSON form of documents, used by the embedded store and by continuation tokens. JSON's own types
/// carry null, bool, 64-bit integers, strings, arrays and objects; the rest are one-property objects whose name
/// is a reserved tag: <c>{"_decimal":"12.50"}</c>, <c>{"_datetime":"2024-03-01T09:30:00.000Z"}</c>,
/// <c>{"_date":"2024-03-01"}</c>. Decimals travel as text, so money never passes through a binary float.
/// </summary>
public static class TypedJson
{
    public const string DecimalTag = "_decimal";
    public const string DateTimeTag = "_datetime";
    public const string DateTag = "_date";

    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    private static ReadOnlySpan<byte> DecimalTagUtf8 => "_decimal"u8;

    private static ReadOnlySpan<byte> DateTimeTagUtf8 => "_datetime"u8;

    private static ReadOnlySpan<byte> DateTagUtf8 => "_date"u8;

    // ISO 8601 with a zone: what this class writes, and the same with other fractions or an offset.
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"];

    public static byte[] SerializeToUtf8(DocValue value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string Serialize(DocValue value) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8(value));

    public static void Write(Utf8JsonWriter writer, DocValue value) => Write(writer, value, tagged: true);

    /// <summary>Writes <paramref name="value"/>; untagged (<see cref="PlainJson"/>) decimals are JSON numbers and dates plain strings.</summary>
    internal static void Write(Utf8JsonWriter writer, DocValue value, bool tagged)
    {
        switch (value)
        {
            case NullValue:
                writer.WriteNullValue();
                break;
            case BoolValue b:
                writer.WriteBooleanValue(b.Value);
                break;
            case Int64Value i:
                writer.WriteNumberValue(i.Value);
                break;
            case StringValue s:
                writer.WriteStringValue(s.Value);
                break;
            case DecimalValue d when !tagged:
                writer.WriteNumberValue(d.Value);
                break;
            case DateTimeValue dt when !tagged:
                writer.WriteStringValue(dt.Value.ToString(DateTimeFormat, CultureInfo.InvariantCulture));
                break;
            case DateValue date when !tagged:
                writer.WriteStringValue(date.Value.ToString(DateFormat, CultureInfo.InvariantCulture));
                break;
            case DecimalValue d:
                writer.WriteStartObject();
                writer.WriteString(DecimalTag, d.Value.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                break;
            case DateTimeValue dt:
                writer.WriteStartObject();
                writer.WriteString(DateTimeTag, dt.Value.ToString(DateTimeFormat, CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                break;
            case DateValue date:
                writer.WriteStartObject();
                writer.WriteString(DateTag, date.Value.ToString(DateFormat, CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                break;
            case ArrayValue a:
                writer.WriteStartArray();
                foreach (var item in a.Items)
                {
                    Write(writer, item, tagged);
                }

                writer.WriteEndArray();
                break;
            case DocumentValue doc:
                writer.WriteStartObject();
                foreach (var (name, item) in doc)
                {
                    writer.WritePropertyName(name);
                    Write(writer, item, tagged);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value?.Kind, "Unknown value kind.");
        }
    }

    /// <summary>Reads one value; throws <see cref="JsonException"/> naming the position when the text is not typed JSON.</summary>
    public static DocValue Deserialize(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
        if (!reader.Read())
        {
            throw new JsonException("The text holds no JSON value.");
        }

        var value = Read(ref reader);
        if (reader.Read())
        {
            throw new JsonException($"Unexpected content after the value at byte {reader.TokenStartIndex}.");
        }

        return value;
    }

    public static DocValue Deserialize(string json) => Deserialize(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Reads the value that starts at the reader's current token and leaves the reader on its last token.</summary>
    public static DocValue Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return NullValue.Instance;
            case JsonTokenType.True:
                return BoolValue.True;
            case JsonTokenType.False:
                return BoolValue.False;
            case JsonTokenType.String:
                return new StringValue(ReadString(ref reader));
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var l))
                {
                    return new Int64Value(l);
                }

                // Untagged fractions only come from hand-edited files; read them exactly, never as double.
                return reader.TryGetDecimal(out var d)
                    ? new DecimalValue(d)
                    : throw new JsonException($"The number at byte {reader.TokenStartIndex} does not fit an exact decimal.");
            case JsonTokenType.StartArray:
                var items = new List<DocValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Read(ref reader));
                }

                return new ArrayValue(items);
            case JsonTokenType.StartObject:
                return ReadObject(ref reader);
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType} at byte {reader.TokenStartIndex}.");
        }
    }

    private static DocValue ReadObject(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The text ends inside an object.");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return DocumentValue.Empty;
        }

        // A typed value is an object whose first name is a tag: recognise it on the raw bytes, before any allocation.
        if (!reader.ValueIsEscaped && reader.ValueSpan.Length > 0 && reader.ValueSpan[0] == (byte)'_')
        {
            return ReadTagged(ref reader);
        }

        var fields = new List<KeyValuePair<string, DocValue>>(16);
        do
        {
            var name = ReadString(ref reader);
            reader.Read();
            fields.Add(new KeyValuePair<string, DocValue>(name, Read(ref reader)));
        }
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject);

        try
        {
            return DocumentValue.Create(fields);
        }
        catch (ErpCode.Core.Storage.Errors.InvalidDocumentException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    private static DocValue ReadTagged(ref Utf8JsonReader reader)
    {
        var tag = reader.ValueTextEquals(DecimalTagUtf8) ? DecimalTag
            : reader.ValueTextEquals(DateTimeTagUtf8) ? DateTimeTag
            : reader.ValueTextEquals(DateTagUtf8) ? DateTag
            : throw new JsonException($"'{ReadString(ref reader)}' is not a known typed-value tag; names starting with '_' are reserved.");
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"The typed value '{tag}' must hold a string.");
        }

        var value = reader.ValueIsEscaped ? ParseTagged(tag, ReadString(ref reader)) : ParseTagged(tag, reader.ValueSpan, ref reader);
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException($"The typed value '{tag}' must be the only property of its object.");
        }

        return value;
    }

    /// <summary>The fast path: the tagged text straight from the UTF-8 bytes.</summary>
    private static DocValue ParseTagged(string tag, ReadOnlySpan<byte> utf8, ref Utf8JsonReader reader)
    {
        switch (tag)
        {
            case DecimalTag when decimal.TryParse(utf8, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d):
                return new DecimalValue(d);
            case DateTimeTag when reader.TryGetDateTimeOffset(out var instant):
                return new DateTimeValue(instant);
            case DateTag when TryParseDate(utf8, out var date):
                return new DateValue(date);
            default:
                return ParseTagged(tag, ReadString(ref reader));
        }
    }

    private static bool TryParseDate(ReadOnlySpan<byte> utf8, out DateOnly date)
    {
        date = default;
        if (utf8.Length != 10 || utf8[4] != (byte)'-' || utf8[7] != (byte)'-'
            || !TryDigits(utf8[..4], out var year) || !TryDigits(utf8.Slice(5, 2), out var month) || !TryDigits(utf8.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>The general path, from text; every failure is a <see cref="JsonException"/> naming the tag and the text.</summary>
    private static DocValue ParseTagged(string tag, string text)
    {
        try
        {
            return TryParseTagged(tag, text, out var value) ? value : throw new JsonException($"'{tag}' is not a known typed-value tag.");
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            throw new JsonException($"The typed value '{tag}' holds '{text}', which is not valid: {ex.Message}", ex);
        }
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException($"The string at byte {reader.TokenStartIndex} is not valid text: {ex.Message}", ex);
        }
    }

    private static bool TryParseTagged(string tag, string text, out DocValue value)
    {
        switch (tag)
        {
            case DecimalTag:
                value = new DecimalValue(decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture));
                return true;
            case DateTimeTag:
                value = new DateTimeValue(DateTimeOffset.ParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
                return true;
            case DateTag:
                value = new DateValue(DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture));
                return true;
            default:
                throw new JsonException($"'{tag}' is not a known typed-value tag; names starting with '_' are reserved.");
        }
    }
}
