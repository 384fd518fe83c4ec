using ErpCode.Core.Errors;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;

namespace ErpCode.Core.Tests.Storage.Collections;

public sealed class CollectionNameTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("Orders")]
    [InlineData("sale_order_line")]
    [InlineData("A1")]
    [InlineData("x_")]
    public void Check_ValidName_ReturnsNull(string name)
    {
        Assert.Null(CollectionName.Check(name));
        Assert.Equal(name, CollectionName.Validate(name));
    }

    [Fact]
    public void Check_MaxLength_IsValidAndOneMoreIsNot()
    {
        Assert.Equal(64, CollectionName.MaxLength);
        Assert.Null(CollectionName.Check(new string('c', 64)));
        Assert.Equal("a collection name has at most 64 characters", CollectionName.Check(new string('c', 65)));
    }

    [Theory]
    [InlineData(null, "a collection name cannot be empty")]
    [InlineData("", "a collection name cannot be empty")]
    [InlineData("1orders", "a collection name must start with a letter")]
    [InlineData("_orders", "a collection name must start with a letter")]
    [InlineData(" orders", "a collection name must start with a letter")]
    [InlineData("\u00c9t\u00e9", "a collection name must start with a letter")]
    [InlineData("sale-order", "use letters, digits and '_' only")]
    [InlineData("sale order", "use letters, digits and '_' only")]
    [InlineData("sale/order", "use letters, digits and '_' only")]
    [InlineData("sale.order", "use letters, digits and '_' only")]
    [InlineData("sale\"order", "use letters, digits and '_' only")]
    [InlineData("sale'order", "use letters, digits and '_' only")]
    [InlineData("sale\torder", "use letters, digits and '_' only")]
    [InlineData("sale\u0000order", "use letters, digits and '_' only")]
    [InlineData("caf\u00e9", "use letters, digits and '_' only")]
    public void Check_InvalidName_SaysWhy(string? name, string expected)
    {
        Assert.Equal(expected, CollectionName.Check(name));
    }

    [Fact]
    public void Validate_InvalidName_ThrowsInvalidCollectionNameException()
    {
        // Act
        var ex = Assert.Throws<InvalidCollectionNameException>(() => CollectionName.Validate("sale-order"));

        // Assert
        Assert.Equal("sale-order", ex.Name);
        Assert.Equal("sale-order", ex.Collection);
        Assert.Equal(ErpCodeErrorCodes.InvalidCollectionName, ex.Code);
        Assert.Equal("'sale-order' is not a valid collection name: use letters, digits and '_' only", ex.Message);
    }

    [Fact]
    public void Validate_Null_ThrowsWithAnEmptyName()
    {
        // Act
        var ex = Assert.Throws<InvalidCollectionNameException>(() => CollectionName.Validate(null));

        // Assert
        Assert.Equal(string.Empty, ex.Name);
        Assert.Contains("cannot be empty", ex.Message);
    }
}
