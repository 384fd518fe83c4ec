using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using ErpCode.Storage.MongoDB.Bson;
using ErpCode.Storage.MongoDB.Tests.TestSupport;
using MongoDB.Bson;

namespace ErpCode.Storage.MongoDB.Tests.Bson;

public sealed class StoredDocumentMapperTests
{
    private static readonly BsonReadContext Context = new("mongodb://h1:27017/erp", "orders");

    [Fact]
    public void ToBson_puts_the_envelope_first_then_the_body_at_the_top_level()
    {
        // Arrange
        var document = new StoredDocument("SO-1", "SaleOrder", "ORG-1", 3, DocumentValue.Create(("customer", "ACME"), ("total", 12.50m)));

        // Act
        var bson = StoredDocumentMapper.ToBson(document);

        // Assert
        BsonAssert.Equal(
            "{ _id: 'SO-1', _type: 'SaleOrder', _parent: 'ORG-1', _v: NumberLong(3), customer: 'ACME', total: NumberDecimal('12.50') }",
            bson);
    }

    [Fact]
    public void ToBson_writes_a_missing_type_and_parent_as_null()
    {
        // Act
        var bson = StoredDocumentMapper.ToBson("A", null, null, 1, DocumentValue.Empty);

        // Assert
        BsonAssert.Equal("{ _id: 'A', _type: null, _parent: null, _v: NumberLong(1) }", bson);
    }

    [Fact]
    public void FromBson_reads_back_what_ToBson_wrote()
    {
        // Arrange
        var document = new StoredDocument("SO-1", "SaleOrder", null, 7, DocumentValue.Create(("on", new DateOnly(2024, 2, 29)), ("n", DocValue.Null)));

        // Act
        var read = StoredDocumentMapper.FromBson(StoredDocumentMapper.ToBson(document), Context);

        // Assert
        Assert.Equal(document with { Body = read.Body }, read);
        Assert.Equal(document.Body, read.Body);
    }

    [Fact]
    public void FromBson_reads_an_int32_version_and_a_missing_type_as_null()
    {
        // Act
        var read = StoredDocumentMapper.FromBson(BsonDocument.Parse("{ _id: 'A', _v: 2, x: 1 }"), Context);

        // Assert
        Assert.Equal(("A", (string?)null, (string?)null, 2L), (read.Id, read.Type, read.ParentId, read.Version));
        Assert.Equal(DocumentValue.Create(("x", 1)), read.Body);
    }

    [Theory]
    [InlineData("{ _id: ObjectId('507f1f77bcf86cd799439011'), _v: NumberLong(1) }", "_id")]
    [InlineData("{ _id: 'A' }", "_v")]
    [InlineData("{ _id: 'A', _v: 'one' }", "_v")]
    [InlineData("{ _id: 'A', _v: NumberLong(1), _type: 5 }", "_type")]
    [InlineData("{ _id: 'A', _v: NumberLong(1), _extra: 5 }", "_extra")]
    [InlineData("{ _id: 'A', _v: NumberLong(1), when: Timestamp(1, 1) }", "when")]
    public void FromBson_of_a_document_the_store_did_not_write_throws_store_corrupt_naming_the_field(string json, string field)
    {
        // Act
        var ex = Assert.Throws<StoreCorruptException>(() => StoredDocumentMapper.FromBson(BsonDocument.Parse(json), Context));

        // Assert
        Assert.Contains($"'{field}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'orders'", ex.Message, StringComparison.Ordinal);
    }
}
