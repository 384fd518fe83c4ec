using System.Text.Json;
using System.Text.Json.Serialization;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Storage.Sqlite.Schema;

/// <summary>How a <see cref="CollectionDefinition"/> is kept in <c>erp_collections</c>.</summary>
internal static class CollectionDefinitionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    };

    public static string Serialize(CollectionDefinition definition) => JsonSerializer.Serialize(
        new Dto(
            definition.Name,
            [.. definition.Fields.Select(f => new FieldDto(f.Path.Path, f.Kind))],
            [.. definition.Indexes.Select(i => new IndexDto(i.Name, [.. i.Fields.Select(f => new KeyDto(f.Field.Path, f.Direction))], i.Unique))]),
        Options);

    public static CollectionDefinition Deserialize(string json)
    {
        var dto = JsonSerializer.Deserialize<Dto>(json, Options) ?? throw new JsonException("The collection definition is empty.");
        return new CollectionDefinition(dto.Name)
        {
            Fields = [.. (dto.Fields ?? []).Select(f => new FieldDefinition(FieldPath.Parse(f.Path), f.Kind))],
            Indexes = [.. (dto.Indexes ?? []).Select(i => new IndexDefinition(i.Name, [.. i.Keys.Select(k => new SortField(FieldPath.Parse(k.Path), k.Direction))], i.Unique))],
        };
    }

    private sealed record Dto(string Name, List<FieldDto>? Fields, List<IndexDto>? Indexes);

    private sealed record FieldDto(string Path, ValueKind Kind);

    private sealed record IndexDto(string Name, List<KeyDto> Keys, bool Unique);

    private sealed record KeyDto(string Path, SortDirection Direction);
}
