using System.Text.Json;
using System.Text.Json.Serialization;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Types.Storage;

/// <summary>
/// Reads and writes a <see cref="PropertyType"/> by its name only (ignoring case). The general enum converter also
/// reads <c>"Decimal, Money"</c>, as the bitwise or of both: DateTime.
/// </summary>
internal sealed class PropertyTypeJsonConverter : JsonConverter<PropertyType>
{
    public override PropertyType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.TokenType == JsonTokenType.String ? reader.GetString()?.Trim() : null;
        foreach (var type in Enum.GetValues<PropertyType>())
        {
            if (string.Equals(type.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        // Without a message System.Text.Json says the value could not be converted to PropertyType, with the path.
        throw new JsonException();
    }

    public override void Write(Utf8JsonWriter writer, PropertyType value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!Enum.IsDefined(value))
        {
            throw new JsonException($"'{value}' is not a property type.");
        }

        writer.WriteStringValue(value.ToString());
    }
}
