using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;

namespace ErpCode.Storage.MongoDB.Bson;

/// <summary>The encoded size of a document, measured without the writer's own 16 MiB limit so an oversized one can be reported by its size.</summary>
internal static class BsonSize
{
    public static long Of(BsonDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        var settings = new BsonBinaryWriterSettings { MaxDocumentSize = int.MaxValue, MaxSerializationDepth = 1_000 };
        using (var writer = new BsonBinaryWriter(stream, settings))
        {
            BsonSerializer.Serialize(writer, document);
        }

        return stream.Length;
    }
}
