using System.Text.Json;

namespace ErpCode.Core.Storage.Values;

/// <summary>
/// Values as ordinary JSON, the way people and API clients write them: numbers as numbers (exact, never through
/// <see cref="double"/>), dates as <c>yyyy-MM-dd</c> and instants as ISO 8601 UTC strings. Unlike
/// <see cref="TypedJson"/> the kinds of dates and decimals are not kept: reading gives strings and numbers back.
/// </summary>
public static class PlainJson
{
    public static byte[] SerializeToUtf8(DocValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, value);
        }

        return buffer.ToArray();
    }

    public static void Write(Utf8JsonWriter writer, DocValue value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        TypedJson.Write(writer, value, tagged: false);
    }

    /// <summary>Reads ordinary JSON: integers as <see cref="Int64Value"/>, other numbers as exact <see cref="DecimalValue"/>, strings as strings.</summary>
    public static DocValue Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => NullValue.Instance,
        JsonValueKind.True => BoolValue.True,
        JsonValueKind.False => BoolValue.False,
        JsonValueKind.String => new StringValue(element.GetString()!),
        JsonValueKind.Number => element.TryGetInt64(out var l)
            ? new Int64Value(l)
            : element.TryGetDecimal(out var d) ? new DecimalValue(d) : throw new JsonException($"The number {element.GetRawText()} does not fit an exact decimal."),
        JsonValueKind.Array => new ArrayValue(element.EnumerateArray().Select(Read)),
        JsonValueKind.Object => DocumentValue.Create(element.EnumerateObject().Select(p => new KeyValuePair<string, DocValue>(p.Name, Read(p.Value)))),
        _ => throw new JsonException($"Unexpected JSON value {element.ValueKind}."),
    };
}
