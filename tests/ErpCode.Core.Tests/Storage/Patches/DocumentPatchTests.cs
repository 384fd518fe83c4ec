using ErpCode.Core.Errors;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Patches;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Patches;

public sealed class DocumentPatchTests
{
    private static readonly DocumentValue Order = Docs.Body(
        ("number", "SO-1"),
        ("total", 10m),
        ("note", DocValue.Null),
        ("customer", Docs.Body(("name", "Ada"), ("address", Docs.Body(("city", "Lyon"))))),
        ("lines", new ArrayValue(Docs.Body(("qty", 1)))));

    [Fact]
    public void Set_TopLevel_ReplacesInPlace()
    {
        // Act
        var result = DocumentPatch.Empty.Set("total", 12.50m).ApplyTo(Order);

        // Assert
        ValueAssert.Equal(new DecimalValue(12.50m), result["total"]);
        Assert.Equal(Order.Names, result.Names);
    }

    [Fact]
    public void Set_NewTopLevel_Appends()
    {
        // Act
        var result = DocumentPatch.Empty.Set("paid", true).ApplyTo(Order);

        // Assert
        Assert.Equal("paid", result.Names.Last());
        Assert.Equal(Order.Count + 1, result.Count);
    }

    [Fact]
    public void Set_NestedExisting_ChangesOnlyThatValue()
    {
        // Act
        var result = DocumentPatch.Empty.Set("customer.address.city", "Paris").ApplyTo(Order);

        // Assert
        ValueAssert.Equal(
            Docs.Body(("name", "Ada"), ("address", Docs.Body(("city", "Paris")))),
            result["customer"]);
        ValueAssert.Equal(Order.Without("customer"), result.Without("customer"));
    }

    [Fact]
    public void Set_NestedUnderMissingParents_CreatesThem()
    {
        // Act
        var result = DocumentPatch.Empty.Set("shipping.address.zip", "69001").ApplyTo(Order);

        // Assert
        ValueAssert.Equal(Docs.Body(("address", Docs.Body(("zip", "69001")))), result["shipping"]);
    }

    [Fact]
    public void Set_NullValue_SetsAnExplicitNull()
    {
        // Act
        var result = DocumentPatch.Empty.Set("number", null!).ApplyTo(Order);

        // Assert
        Assert.Same(NullValue.Instance, result["number"]);
    }

    [Fact]
    public void Set_DocumentAndArrayValues_AreStoredWhole()
    {
        // Arrange
        var address = Docs.Body(("city", "Nice"), ("zip", "06000"));

        // Act
        var result = DocumentPatch.Empty.Set("customer.address", address).Set("tags", new ArrayValue("a", "b")).ApplyTo(Order);

        // Assert
        ValueAssert.Equal(address, ((DocumentValue)result["customer"])["address"]);
        ValueAssert.Equal(new ArrayValue("a", "b"), result["tags"]);
    }

    [Theory]
    [InlineData("number.first", "'number' holds a string, not a document")]
    [InlineData("total.cents", "'total' holds a decimal, not a document")]
    [InlineData("note.text", "'note' holds null, not a document")]
    [InlineData("lines.qty", "'lines' holds an array, not a document")]
    [InlineData("customer.name.first", "'customer.name' holds a string, not a document")]
    public void Set_BelowANonDocument_ThrowsInvalidPatchExceptionNamingThePath(string path, string reason)
    {
        // Arrange
        var patch = DocumentPatch.Empty.Set(path, 1);

        // Act
        var ex = Assert.Throws<InvalidPatchException>(() => patch.ApplyTo(Order, "orders", "SO-1"));

        // Assert
        Assert.Equal(path, ex.Path);
        Assert.Equal("orders", ex.Collection);
        Assert.Equal("SO-1", ex.DocumentId);
        Assert.Equal(ErpCodeErrorCodes.InvalidPatch, ex.Code);
        Assert.Equal($"Cannot apply the change to '{path}' of document 'SO-1': {reason}. Nothing was written.", ex.Message);
    }

    [Fact]
    public void Unset_TopLevel_RemovesIt()
    {
        // Act
        var result = DocumentPatch.Empty.Unset("note").ApplyTo(Order);

        // Assert
        Assert.False(result.Contains("note"));
        Assert.True(Order.Contains("note"));
    }

    [Fact]
    public void Unset_Nested_RemovesOnlyThatValueAndKeepsTheParent()
    {
        // Act
        var result = DocumentPatch.Empty.Unset("customer.address.city").ApplyTo(Order);

        // Assert
        ValueAssert.Equal(Docs.Body(("name", "Ada"), ("address", DocumentValue.Empty)), result["customer"]);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("missing.inner")]
    [InlineData("customer.phone")]
    [InlineData("number.inner")]
    [InlineData("lines.qty")]
    public void Unset_MissingPathOrBelowAScalar_ChangesNothing(string path)
    {
        ValueAssert.Equal(Order, DocumentPatch.Empty.Unset(path).ApplyTo(Order));
    }

    [Fact]
    public void ApplyTo_RunsOperationsInOrder()
    {
        // Act
        var result = DocumentPatch.Empty.Unset("customer").Set("total", 1).Set("extra.a", 1).Set("extra.b", 2).ApplyTo(Order);

        // Assert
        Assert.False(result.Contains("customer"));
        ValueAssert.Equal(Docs.Body(("a", 1), ("b", 2)), result["extra"]);
    }

    [Fact]
    public void ApplyTo_LeavesTheInputUnchanged()
    {
        // Arrange
        var before = TypedJson.Serialize(Order);

        // Act
        DocumentPatch.Empty.Set("customer.address.city", "Paris").Unset("number").ApplyTo(Order);

        // Assert
        Assert.Equal(before, TypedJson.Serialize(Order));
    }

    [Fact]
    public void Validate_EmptyPatch_IsRefused()
    {
        // Act
        var ex = Assert.Throws<InvalidPatchException>(() => DocumentPatch.Empty.ApplyTo(Order, "orders", "SO-1"));

        // Assert
        Assert.Equal("(none)", ex.Path);
        Assert.Contains("the change is empty", ex.Message);
        Assert.Equal("orders", ex.Collection);
        Assert.Throws<InvalidPatchException>(() => new DocumentPatch(default).Validate());
    }

    [Theory]
    [InlineData("_id")]
    [InlineData("_v")]
    [InlineData("_type")]
    [InlineData("_parent")]
    public void Validate_SystemPath_IsRefused(string path)
    {
        // Act
        var ex = Assert.Throws<InvalidPatchException>(() => DocumentPatch.Empty.Set(path, "x").Validate("orders", "SO-1"));

        // Assert
        Assert.Equal(path, ex.Path);
        Assert.Contains("only body properties can be changed", ex.Message);
        Assert.Throws<InvalidPatchException>(() => DocumentPatch.Empty.Unset(path).Validate());
    }

    [Fact]
    public void Validate_ElementPath_IsRefused()
    {
        // Arrange
        var patch = new DocumentPatch([new SetOperation(FieldPath.Element, 1)]);

        // Act
        var ex = Assert.Throws<InvalidPatchException>(() => patch.Validate());

        // Assert
        Assert.Equal("(element)", ex.Path);
    }

    [Theory]
    [InlineData("a", "a.b", "a.b", "a")]
    [InlineData("a.b", "a", "a", "a.b")]
    [InlineData("a.b", "a.b", "a.b", "a.b")]
    [InlineData("a", "a.b.c", "a.b.c", "a")]
    public void Validate_OverlappingPaths_AreRefusedNamingBoth(string first, string second, string reported, string other)
    {
        // Arrange
        var patch = DocumentPatch.Empty.Set(first, 1).Unset(second);

        // Act
        var ex = Assert.Throws<InvalidPatchException>(() => patch.Validate("orders", "SO-1"));

        // Assert
        Assert.Equal(reported, ex.Path);
        Assert.Contains($"it overlaps '{other}', changed in the same update", ex.Message);
    }

    [Fact]
    public void Validate_SiblingsAndSharedPrefixText_DoNotOverlap()
    {
        DocumentPatch.Empty.Set("a.b", 1).Set("a.c", 2).Set("ab", 3).Set("a.bc", 4).Validate();
    }

    [Fact]
    public void Set_InvalidPath_ThrowsInvalidFieldPathException()
    {
        Assert.Throws<InvalidFieldPathException>(() => DocumentPatch.Empty.Set("a..b", 1));
        Assert.Throws<InvalidFieldPathException>(() => DocumentPatch.Empty.Unset("a b"));
    }

    [Fact]
    public void Builders_DoNotChangeTheOriginalPatch()
    {
        // Act
        var one = DocumentPatch.Empty.Set("a", 1);
        var two = one.Set("b", 2);

        // Assert
        Assert.Single(one.Operations);
        Assert.Equal(2, two.Operations.Length);
        Assert.Empty(DocumentPatch.Empty.Operations);
    }

    [Fact]
    public void ApplyTo_NullBody_ThrowsArgumentNullException()
    {
        Assert.Equal("body", Assert.Throws<ArgumentNullException>(() => DocumentPatch.Empty.Set("a", 1).ApplyTo(null!)).ParamName);
    }
}
