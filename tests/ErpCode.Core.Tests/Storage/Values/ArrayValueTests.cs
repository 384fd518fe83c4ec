using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Values;

public sealed class ArrayValueTests
{
    [Fact]
    public void Equals_SameItemsInSameOrder_AreEqualWithEqualHashes()
    {
        // Arrange
        var a = new ArrayValue(1, "x", 2.50m);
        var b = new ArrayValue(new List<DocValue> { 1, "x", 2.5m });

        // Act / Assert
        ValueAssert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_SameItemsInOtherOrder_AreNotEqual()
    {
        ValueAssert.NotEqual(new ArrayValue(1, 2), new ArrayValue(2, 1));
    }

    [Fact]
    public void Equals_PrefixOfAnother_IsNotEqual()
    {
        ValueAssert.NotEqual(new ArrayValue(1, 2), new ArrayValue(1, 2, 3));
        ValueAssert.NotEqual(ArrayValue.Empty, new ArrayValue(DocValue.Null));
    }

    [Fact]
    public void Equals_NestedArraysAndDocuments_CompareDeeply()
    {
        // Arrange
        var a = new ArrayValue(new ArrayValue(1), DocumentValue.Create(("x", 1), ("y", 2)));
        var b = new ArrayValue(new ArrayValue(1), DocumentValue.Create(("y", 2), ("x", 1)));

        // Act / Assert
        ValueAssert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        ValueAssert.NotEqual(a, new ArrayValue(new ArrayValue(2), DocumentValue.Create(("x", 1), ("y", 2))));
    }

    [Fact]
    public void Constructor_NullItems_BecomeExplicitNulls()
    {
        // Act
        var array = new ArrayValue("a", null!, "b");

        // Assert
        Assert.Equal(3, array.Count);
        Assert.Same(NullValue.Instance, array[1]);
    }

    [Fact]
    public void Constructor_NullSequence_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new ArrayValue((IEnumerable<DocValue>)null!));
        Assert.Equal("items", ex.ParamName);
    }

    [Fact]
    public void Constructor_CopiesTheSequence()
    {
        // Arrange
        var source = new List<DocValue> { 1 };
        var array = new ArrayValue(source);

        // Act
        source.Add(2);

        // Assert
        Assert.Single(array);
    }

    [Fact]
    public void ListMembers_ExposeTheItemsInOrder()
    {
        // Arrange
        var array = new ArrayValue("a", "b", "c");

        // Act / Assert
        Assert.Equal(ValueKind.Array, array.Kind);
        Assert.Equal(3, array.Count);
        Assert.Equal(new StringValue("b"), array[1]);
        Assert.Equal(["a", "b", "c"], array.Select(v => ((StringValue)v).Value));
        Assert.Equal(3, array.Items.Length);
        Assert.Equal("[a, b, c]", array.ToString());
    }

    [Fact]
    public void Empty_HasNoItems()
    {
        Assert.Empty(ArrayValue.Empty);
        ValueAssert.Equal(ArrayValue.Empty, new ArrayValue());
        Assert.Equal("[]", ArrayValue.Empty.ToString());
    }
}
