using ErpCode.Core.Storage.Queries;
using ErpCode.Storage.MongoDB.Queries;
using ErpCode.Storage.MongoDB.Tests.TestSupport;

namespace ErpCode.Storage.MongoDB.Tests.Queries;

public sealed class ProjectionTranslatorTests
{
    [Fact]
    public void No_projection_reads_the_whole_document()
    {
        // Act
        var projection = ProjectionTranslator.Translate([], [new SortField(FieldPath.Id)]);

        // Assert
        Assert.Null(projection);
    }

    [Fact]
    public void Projection_adds_the_envelope_and_the_sort_keys()
    {
        // Act
        var projection = ProjectionTranslator.Translate([FieldPath.Parse("total"), FieldPath.Parse("customer.city")], [SortField.Desc("rank"), new SortField(FieldPath.Id)]);

        // Assert
        BsonAssert.Equal("{ _id: 1, _type: 1, _parent: 1, _v: 1, total: 1, 'customer.city': 1, rank: 1 }", projection!);
    }

    [Fact]
    public void A_path_inside_another_projected_path_is_left_out()
    {
        // Act
        var projection = ProjectionTranslator.Translate([FieldPath.Parse("customer.city"), FieldPath.Parse("customer"), FieldPath.Parse("customerName")], [SortField.Asc("customer.name")]);

        // Assert
        BsonAssert.Equal("{ _id: 1, _type: 1, _parent: 1, _v: 1, customer: 1, customerName: 1 }", projection!);
    }
}
