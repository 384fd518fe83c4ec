using ErpCode.Core.Errors;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.Storage.Queries;

public sealed class FieldPathTests
{
    [Fact]
    public void Parse_SingleName_IsABodyPath()
    {
        // Act
        var path = FieldPath.Parse("total");

        // Assert
        Assert.Equal("total", path.Path);
        Assert.Equal(["total"], path.Segments);
        Assert.False(path.IsSystem);
        Assert.False(path.IsElement);
        Assert.Null(path.SystemKind);
        Assert.Equal("total", path.ToString());
    }

    [Fact]
    public void Parse_DottedPath_SplitsIntoSegments()
    {
        // Act
        var path = FieldPath.Parse("customer.address.city");

        // Assert
        Assert.Equal(["customer", "address", "city"], path.Segments);
        Assert.Equal("customer.address.city", path.Path);
        Assert.False(path.IsSystem);
    }

    [Theory]
    [InlineData("_id", ValueKind.String)]
    [InlineData("_type", ValueKind.String)]
    [InlineData("_parent", ValueKind.String)]
    [InlineData("_v", ValueKind.Int64)]
    public void Parse_SystemName_ReturnsTheSystemPath(string name, ValueKind kind)
    {
        // Act
        var path = FieldPath.Parse(name);

        // Assert
        Assert.True(path.IsSystem);
        Assert.Equal(kind, path.SystemKind);
        Assert.Equal([name], path.Segments);
        Assert.Same(name switch { "_id" => FieldPath.Id, "_type" => FieldPath.Type, "_parent" => FieldPath.Parent, _ => FieldPath.Version }, path);
    }

    [Fact]
    public void SystemPathNames_AreTheDocumentedOnes()
    {
        Assert.Equal("_id", FieldPath.Id.Path);
        Assert.Equal("_type", FieldPath.Type.Path);
        Assert.Equal("_parent", FieldPath.Parent.Path);
        Assert.Equal("_v", FieldPath.Version.Path);
    }

    [Fact]
    public void Element_IsTheEmptyPath()
    {
        Assert.True(FieldPath.Element.IsElement);
        Assert.False(FieldPath.Element.IsSystem);
        Assert.Null(FieldPath.Element.SystemKind);
        Assert.Empty(FieldPath.Element.Segments);
        Assert.Equal(string.Empty, FieldPath.Element.Path);
        Assert.Equal("(element)", FieldPath.Element.ToString());
    }

    [Theory]
    [InlineData("", "the path is empty")]
    [InlineData("a..b", "segment '': a property name cannot be empty")]
    [InlineData(".a", "segment '': a property name cannot be empty")]
    [InlineData("a.", "segment '': a property name cannot be empty")]
    [InlineData("_x", "segment '_x': names starting with '_' are reserved for the store")]
    [InlineData("a._id", "segment '_id': names starting with '_' are reserved for the store")]
    [InlineData("_id.a", "segment '_id': names starting with '_' are reserved for the store")]
    [InlineData("_ID", "segment '_ID': names starting with '_' are reserved for the store")]
    [InlineData("$where", "segment '$where': names starting with '$' are reserved for the store")]
    [InlineData("a b", "segment 'a b': the character ' ' is not allowed")]
    [InlineData("a/b", "segment 'a/b': the character '/' is not allowed")]
    [InlineData("lines[0]", "segment 'lines[0]': the character '[' is not allowed")]
    [InlineData("1a", "segment '1a': a property name must start with a letter")]
    public void Parse_InvalidPath_ThrowsInvalidFieldPathException(string text, string reason)
    {
        // Act
        var ex = Assert.Throws<InvalidFieldPathException>(() => FieldPath.Parse(text));

        // Assert
        Assert.Equal(text, ex.Path);
        Assert.Equal(ErpCodeErrorCodes.InvalidFieldPath, ex.Code);
        Assert.StartsWith($"'{text}' is not a valid field path: {reason}", ex.Message);
    }

    [Fact]
    public void Parse_32Segments_IsValidAnd33AreNot()
    {
        // Arrange
        var ok = string.Join('.', Enumerable.Repeat("a", 32));
        var tooMany = string.Join('.', Enumerable.Repeat("a", 33));

        // Act
        var ex = Assert.Throws<InvalidFieldPathException>(() => FieldPath.Parse(tooMany));

        // Assert
        Assert.Equal(32, FieldPath.Parse(ok).Segments.Length);
        Assert.Contains("at most 32 segments", ex.Message);
        Assert.Equal(tooMany, ex.Path);
    }

    [Fact]
    public void Parse_SegmentOver128Characters_IsRefused()
    {
        var ex = Assert.Throws<InvalidFieldPathException>(() => FieldPath.Parse("a." + new string('b', 129)));
        Assert.Contains("at most 128 characters", ex.Message);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => FieldPath.Parse(null!)).ParamName);
    }

    [Fact]
    public void ImplicitConversion_ParsesTheString()
    {
        // Act
        FieldPath path = "a.b";
        FieldPath id = "_id";

        // Assert
        Assert.Equal(["a", "b"], path.Segments);
        Assert.Same(FieldPath.Id, id);
        Assert.Throws<InvalidFieldPathException>(() => { FieldPath _ = "a b"; });
    }

    [Fact]
    public void Append_TwoBodyPaths_JoinsThem()
    {
        // Act
        var path = FieldPath.Parse("lines").Append(FieldPath.Parse("product.sku"));

        // Assert
        Assert.Equal("lines.product.sku", path.Path);
        Assert.Equal(["lines", "product", "sku"], path.Segments);
        Assert.Equal(FieldPath.Parse("lines.product.sku"), path);
    }

    [Fact]
    public void Append_Element_IsNeutral()
    {
        // Arrange
        var lines = FieldPath.Parse("lines");

        // Act / Assert
        Assert.Same(lines, lines.Append(FieldPath.Element));
        Assert.Same(lines, FieldPath.Element.Append(lines));
        Assert.Same(FieldPath.Element, FieldPath.Element.Append(FieldPath.Element));
    }

    [Fact]
    public void Append_ToASystemPath_Throws()
    {
        // Act
        var ex = Assert.Throws<InvalidFieldPathException>(() => FieldPath.Id.Append("name"));

        // Assert
        Assert.Equal("_id.name", ex.Path);
        Assert.Contains("system fields have no inner fields", ex.Message);
    }

    [Fact]
    public void Append_ASystemPath_Throws()
    {
        var ex = Assert.Throws<InvalidFieldPathException>(() => FieldPath.Parse("lines").Append(FieldPath.Version));
        Assert.Equal("lines._v", ex.Path);
    }

    [Fact]
    public void Equality_IsByPathText()
    {
        // Arrange
        var a = FieldPath.Parse("a.b");
        var b = FieldPath.Parse("a").Append("b");
        var c = FieldPath.Parse("a.B");

        // Act / Assert
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.True(a != c);
        Assert.False(a.Equals(null));
        Assert.False(a == null);
        Assert.True((FieldPath?)null == null);
        Assert.False(a.Equals((object)"a.b"));
        Assert.Single(new HashSet<FieldPath> { a, b });
    }
}
