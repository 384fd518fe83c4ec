using System.Buffers;
using System.Buffers.Text;
using System.Collections.Immutable;
using System.Text.Json;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Storage.Queries;

/// <summary>
/// Where a page ended: the sort values and id of its last document, with the collection and sort it was
/// issued for. Encoded as base64url typed JSON; opaque to callers.
/// </summary>
internal sealed record ContinuationToken(string Collection, string SortSignature, ImmutableArray<DocValue> LastValues, string LastId)
{
    public string Encode()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("c", Collection);
            writer.WriteString("s", SortSignature);
            writer.WritePropertyName("v");
            writer.WriteStartArray();
            foreach (var value in LastValues)
            {
                TypedJson.Write(writer, value);
            }

            writer.WriteEndArray();
            writer.WriteString("i", LastId);
            writer.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }

    public static ContinuationToken Decode(string token, string collection, string sortSignature)
    {
        byte[] json;
        try
        {
            json = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException ex)
        {
            throw new InvalidContinuationTokenException("it is not base64url text", collection, ex);
        }

        try
        {
            var body = TypedJson.Deserialize(json) as DocumentValue
                ?? throw new InvalidContinuationTokenException("it does not hold a token object", collection);
            var tokenCollection = (body.TryGet("c", out var c) ? c as StringValue : null)?.Value;
            var tokenSort = (body.TryGet("s", out var s) ? s as StringValue : null)?.Value;
            var lastId = (body.TryGet("i", out var i) ? i as StringValue : null)?.Value;
            var values = body.TryGet("v", out var v) ? v as ArrayValue : null;
            if (tokenCollection is null || tokenSort is null || lastId is null || values is null)
            {
                throw new InvalidContinuationTokenException("it lacks parts of a token", collection);
            }

            if (!string.Equals(tokenCollection, collection, StringComparison.Ordinal))
            {
                throw new InvalidContinuationTokenException($"it was issued for collection '{tokenCollection}'", collection);
            }

            if (!string.Equals(tokenSort, sortSignature, StringComparison.Ordinal))
            {
                throw new InvalidContinuationTokenException($"it was issued for sort '{tokenSort}', not '{sortSignature}'", collection);
            }

            return new ContinuationToken(tokenCollection, tokenSort, values.Items, lastId);
        }
        catch (JsonException ex)
        {
            throw new InvalidContinuationTokenException("its content is not a token", collection, ex);
        }
        catch (ErpCode.Core.Errors.ErpCodeException ex) when (ex is not InvalidContinuationTokenException)
        {
            throw new InvalidContinuationTokenException("its content is not a token", collection, ex);
        }
    }
}
