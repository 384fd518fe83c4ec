using System.Text.Json;
using System.Text.Json.Serialization;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Types.Storage;

/// <summary>
/// Definitions as JSON (camelCase, enums by name) and as stored document bodies. Reading names the field at fault:
/// an unknown property type reads as <c>PropertySheet Amounts, properties[2].type: 'Money2' is not a property type</c>.
/// </summary>
public static class DefinitionCodec
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new PropertyTypeJsonConverter(), new JsonStringEnumConverter(allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
    };

    public static DocumentValue ToBody<T>(T definition) => (DocumentValue)TypedJson.Deserialize(JsonSerializer.SerializeToUtf8Bytes(definition, Options));

    public static T FromBody<T>(DocumentValue body, string definition) => Read<T>(PlainJson.SerializeToUtf8(body), definition);

    public static string ToJson<T>(T definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>Reads a definition from JSON; throws <see cref="InvalidDefinitionException"/> naming the field for malformed input.</summary>
    public static T Read<T>(ReadOnlySpan<byte> json, string definition)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new InvalidDefinitionException([new DefinitionProblem(definition, string.Empty, "the definition is empty")]);
        }
        catch (JsonException ex)
        {
            throw new InvalidDefinitionException([new DefinitionProblem(definition, FieldOf(ex.Path), Explain(ex))]);
        }
    }

    public static T Read<T>(string json, string definition) => Read<T>(System.Text.Encoding.UTF8.GetBytes(json), definition);

    private static string FieldOf(string? path) => string.IsNullOrEmpty(path) || path == "$" ? string.Empty : path.TrimStart('$').TrimStart('.');

    private static string Explain(JsonException ex)
    {
        var message = ex.Message;
        if (message.Contains(nameof(PropertyType), StringComparison.Ordinal))
        {
            return $"not a property type; use one of {string.Join(", ", Enum.GetNames<PropertyType>())}";
        }

        // System.Text.Json appends its own path and position; keep the first sentence, which says what is wrong.
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }
}
