using ErpCode.Core.Storage.Queries;
using ErpCode.Storage.MongoDB.Queries;
using ErpCode.Storage.MongoDB.Tests.TestSupport;

namespace ErpCode.Storage.MongoDB.Tests.Queries;

public sealed class SortTranslatorTests
{
    [Fact]
    public void Translate_keeps_the_key_order_and_directions()
    {
        // Act
        var sort = SortTranslator.Translate([SortField.Asc("customer.city"), SortField.Desc("total"), SortField.Desc("_type"), new SortField(FieldPath.Id)]);

        // Assert
        BsonAssert.Equal("{ 'customer.city': 1, total: -1, _type: -1, _id: 1 }", sort);
    }

    [Fact]
    public void A_query_plan_sort_ends_with_the_id_in_the_last_keys_direction()
    {
        // Arrange
        var plan = QueryPlan.Create(new Query().OrderBy(SortField.Desc("x")), new ErpCode.Core.Storage.Collections.CollectionDefinition("items"));

        // Act
        var sort = SortTranslator.Translate(plan.Sort);

        // Assert
        BsonAssert.Equal("{ x: -1, _id: -1 }", sort);
    }
}
