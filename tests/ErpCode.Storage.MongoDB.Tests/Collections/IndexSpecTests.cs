using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Storage.MongoDB.Collections;
using ErpCode.Storage.MongoDB.Tests.TestSupport;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Tests.Collections;

public sealed class IndexSpecTests
{
    [Fact]
    public void For_gives_the_envelope_indexes_then_each_declared_one_with_its_prefix_and_the_id_after_non_unique_keys()
    {
        // Arrange
        var definition = new CollectionDefinition("orders")
            .WithIndex("byStatusTotal", "status", "total")
            .WithUniqueIndex("byNumber", "number") with
        {
            Indexes = [new IndexDefinition("byType", [new SortField(FieldPath.Type), SortField.Desc("on")])],
        };

        // Act
        var specs = IndexSpec.For(definition.WithUniqueIndex("byNumber", "number"));

        // Assert
        Assert.Equal(["erp__type", "erp__parent", "erp_byType", "erp_byNumber"], specs.Select(s => s.Name));
        BsonAssert.Equal("{ _type: 1, _id: 1 }", specs[0].Keys);
        BsonAssert.Equal("{ _type: 1, on: -1, _id: -1 }", specs[2].Keys);
        BsonAssert.Equal("{ number: 1 }", specs[3].Keys);
        Assert.True(specs[3].Unique);
        Assert.False(specs[2].Unique);
    }

    [Fact]
    public void SameAs_compares_keys_directions_and_uniqueness()
    {
        // Arrange
        var spec = new IndexSpec("erp_x", BsonDocument.Parse("{ a: 1, b: -1 }"), false);
        var listed = IndexSpec.FromListed(BsonDocument.Parse("{ v: 2, key: { a: 1.0, b: NumberLong(-1) }, name: 'erp_x' }"));

        // Assert
        Assert.True(spec.SameAs(listed));
        Assert.False(spec.SameAs(listed with { Unique = true }));
        Assert.False(spec.SameAs(listed with { Keys = BsonDocument.Parse("{ a: 1, b: 1 }") }));
        Assert.False(spec.SameAs(listed with { Keys = BsonDocument.Parse("{ b: -1, a: 1 }") }));
    }

    [Fact]
    public void Index_names_map_back_to_declared_names()
    {
        Assert.Equal("byCode", IndexNames.DeclaredName("erp_byCode"));
        Assert.Equal("erp__type", IndexNames.DeclaredName("erp__type"));
        Assert.Equal("_id_", IndexNames.DeclaredName("_id_"));
        Assert.True(IndexNames.IsManaged("erp__parent"));
        Assert.False(IndexNames.IsManaged("userIndex"));
    }

    [Fact]
    public void Collection_definitions_round_trip_through_erp_collections()
    {
        // Arrange
        var definition = new CollectionDefinition("typed")
            .WithField("total", ValueKind.Decimal)
            .WithField("customer.city", ValueKind.String)
            .WithUniqueIndex("byCode", "code") with
        {
            Indexes = [new IndexDefinition("byCityTotal", [SortField.Asc("customer.city"), SortField.Desc("total")], Unique: true)],
        };

        // Act
        var bson = CollectionDefinitionMapper.ToBson(definition);
        var read = CollectionDefinitionMapper.FromBson(bson, "mongodb://h1/erp");

        // Assert
        BsonAssert.Equal(
            """
            { _id: 'typed',
              fields: [{ path: 'total', kind: 'Decimal' }, { path: 'customer.city', kind: 'String' }],
              indexes: [{ name: 'byCityTotal', unique: true, keys: [{ path: 'customer.city', descending: false }, { path: 'total', descending: true }] }] }
            """,
            bson);
        Assert.Equal(definition.Name, read.Name);
        Assert.Equal(definition.Fields, read.Fields);
        Assert.Equal(definition.Indexes.Single().Fields, read.Indexes.Single().Fields);
        Assert.Equal((definition.Indexes.Single().Name, true), (read.Indexes.Single().Name, read.Indexes.Single().Unique));
    }

    [Fact]
    public void A_damaged_definition_is_reported_as_store_corrupt()
    {
        // Act
        var ex = Assert.Throws<StoreCorruptException>(() => CollectionDefinitionMapper.FromBson(BsonDocument.Parse("{ _id: 'typed', fields: [{ path: 'x', kind: 'Float' }], indexes: [] }"), "mongodb://h1/erp"));

        // Assert
        Assert.Contains("'typed'", ex.Message, StringComparison.Ordinal);
    }
}
