using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Documents;

public sealed class DocumentPathsTests
{
    private static readonly StoredDocument Order = new(
        "ORD-1",
        "SaleOrder",
        "CUST-9",
        7,
        DocumentValue.Create(
            ("number", "SO-1"),
            ("note", DocValue.Null),
            ("customer", DocumentValue.Create(("name", "Ada"), ("address", DocumentValue.Create(("city", "Lyon"))))),
            ("lines", new ArrayValue(DocumentValue.Create(("qty", 1))))));

    [Fact]
    public void TryGet_EnvelopePaths_ReadTheEnvelope()
    {
        Assert.True(Order.TryGet(FieldPath.Id, out var id));
        ValueAssert.Equal(new StringValue("ORD-1"), id);
        Assert.True(Order.TryGet(FieldPath.Version, out var version));
        ValueAssert.Equal(new Int64Value(7), version);
        Assert.True(Order.TryGet(FieldPath.Type, out var type));
        ValueAssert.Equal(new StringValue("SaleOrder"), type);
        Assert.True(Order.TryGet(FieldPath.Parent, out var parent));
        ValueAssert.Equal(new StringValue("CUST-9"), parent);
    }

    [Fact]
    public void TryGet_EnvelopeWithoutTypeOrParent_GivesExplicitNulls()
    {
        // Arrange
        var document = new StoredDocument("x", null, null, 1, DocumentValue.Empty);

        // Act / Assert
        Assert.True(document.TryGet(FieldPath.Type, out var type));
        Assert.Same(NullValue.Instance, type);
        Assert.True(document.TryGet(FieldPath.Parent, out var parent));
        Assert.Same(NullValue.Instance, parent);
    }

    [Fact]
    public void TryGet_BodyPaths_ReadTheBody()
    {
        Assert.True(Order.TryGet("number", out var number));
        ValueAssert.Equal(new StringValue("SO-1"), number);
        Assert.True(Order.TryGet("customer.address.city", out var city));
        ValueAssert.Equal(new StringValue("Lyon"), city);
        Assert.True(Order.TryGet("customer.address", out var address));
        ValueAssert.Equal(DocumentValue.Create(("city", "Lyon")), address);
    }

    [Fact]
    public void TryGet_ExplicitNull_IsPresent()
    {
        Assert.True(Order.TryGet("note", out var note));
        Assert.Same(NullValue.Instance, note);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("customer.phone")]
    [InlineData("number.length")]
    [InlineData("note.inner")]
    [InlineData("lines.qty")]
    [InlineData("customer.address.city.zip")]
    public void TryGet_MissingOrCrossingANonDocument_IsFalse(string path)
    {
        Assert.False(Order.TryGet(path, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryGet_ElementPathOnABody_IsTheBodyItself()
    {
        Assert.True(Order.Body.TryGet(FieldPath.Element, out var value));
        Assert.Same(Order.Body, value);
    }

    [Fact]
    public void TryGet_SystemPathOnABodyAlone_IsMissing()
    {
        // Bodies cannot hold reserved names, so an envelope path finds nothing in a body.
        Assert.False(Order.Body.TryGet(FieldPath.Id, out _));
    }

    [Fact]
    public void TryGet_NullArguments_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => ((StoredDocument)null!).TryGet(FieldPath.Id, out _));
        Assert.Throws<ArgumentNullException>(() => Order.Body.TryGet((FieldPath)null!, out _));
    }
}
