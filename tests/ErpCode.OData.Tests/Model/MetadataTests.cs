using System.Net;
using System.Xml;
using ErpCode.OData.Tests.Support;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace ErpCode.OData.Tests.Model;

public sealed class MetadataTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Metadata_describes_the_portal_types_with_system_properties_states_children_references_and_transitions()
    {
        await using var site = await ODataTestSite.StartAsync();

        using var response = await site.GetAsync("/odata/$metadata");
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/xml", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        using var reader = XmlReader.Create(new StringReader(text));
        Assert.True(CsdlReader.TryParse(reader, out var model, out var errors), string.Join("; ", errors ?? []));
        var order = (IEdmEntityType)model.FindDeclaredType("ErpCode.SaleOrder");
        Assert.Equal("Id", Assert.Single(order.Key()).Name);
        Assert.Equal(EdmPrimitiveTypeKind.String, order.FindProperty("Id").Type.PrimitiveKind());
        Assert.Equal(EdmPrimitiveTypeKind.Int64, order.FindProperty("Version").Type.PrimitiveKind());
        Assert.Equal(EdmPrimitiveTypeKind.DateTimeOffset, order.FindProperty("CreatedAt").Type.PrimitiveKind());
        Assert.Equal(EdmPrimitiveTypeKind.DateTimeOffset, order.FindProperty("ModifiedAt").Type.PrimitiveKind());
        Assert.Equal(EdmPrimitiveTypeKind.String, order.FindProperty("Owner").Type.PrimitiveKind());
        Assert.Equal(EdmPrimitiveTypeKind.String, order.FindProperty("OrderState").Type.PrimitiveKind());
        Assert.Equal(EdmPrimitiveTypeKind.Decimal, order.FindProperty("Total").Type.PrimitiveKind());
        Assert.Equal(EdmPrimitiveTypeKind.Date, order.FindProperty("OrderDate").Type.PrimitiveKind());
        Assert.Equal(EdmPrimitiveTypeKind.String, order.FindProperty("Status").Type.PrimitiveKind());
        Assert.Equal("ErpCode.Money", order.FindProperty("Discount").Type.FullName());
        var lines = Assert.IsAssignableFrom<IEdmNavigationProperty>(order.FindProperty("Lines"));
        Assert.True(lines.ContainsTarget);
        Assert.Equal("ErpCode.SaleOrderLine", lines.ToEntityType().FullName());
        var customer = Assert.IsAssignableFrom<IEdmNavigationProperty>(order.FindProperty("CustomerDocument"));
        Assert.Equal("ErpCode.Person", customer.ToEntityType().FullName());
        var set = model.EntityContainer.FindEntitySet("SaleOrders");
        Assert.Equal("Persons", set.FindNavigationTarget(customer).Name);
        Assert.Null(model.EntityContainer.FindEntitySet("SaleOrderLines"));
        var person = (IEdmEntityType)model.FindDeclaredType("ErpCode.Person");
        Assert.True(person.FindProperty("Tags").Type.IsCollection());
        Assert.Equal(EdmPrimitiveTypeKind.Int64, person.FindProperty("Rank").Type.PrimitiveKind());
        Assert.Equal(EdmPrimitiveTypeKind.Boolean, person.FindProperty("Active").Type.PrimitiveKind());
        var actions = model.FindBoundOperations(order).Select(o => o.Name).Order().ToList();
        Assert.Equal(["Approve", "Cancel", "Confirm"], actions);
        Assert.Contains("Org.OData.Core.V1.Computed", text, StringComparison.Ordinal);
        Assert.Contains("Org.OData.Validation.V1.AllowedValues", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_document_lists_the_entity_sets_and_the_system_sets()
    {
        await using var site = await ODataTestSite.StartAsync();

        var document = await site.GetJsonAsync("/odata/");

        var names = document.GetProperty("value").EnumerateArray().Select(e => e.GetProperty("name").GetString()).Order().ToList();
        Assert.Equal(["AuditEvents", "BusinessTemplates", "Components", "Persons", "PortalTypes", "PropertySheets", "Roles", "SaleOrders", "Users", "Workflows"], names);
    }
}
