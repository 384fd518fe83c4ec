using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.Storage.Collections;

public sealed class CollectionDefinitionTests
{
    [Fact]
    public void WithFieldAndIndexes_AddToTheDefinition()
    {
        // Act
        var definition = new CollectionDefinition("orders")
            .WithField("total", ValueKind.Decimal)
            .WithField("customer.name", ValueKind.String)
            .WithIndex("by_customer", "customer.name", "total")
            .WithUniqueIndex("by_number", "number");

        // Assert
        Assert.Equal(2, definition.Fields.Length);
        Assert.Equal(FieldPath.Parse("customer.name"), definition.Fields[1].Path);
        Assert.Equal(2, definition.Indexes.Length);
        Assert.False(definition.Indexes[0].Unique);
        Assert.Equal(["customer.name", "total"], definition.Indexes[0].Fields.Select(f => f.Field.Path));
        Assert.All(definition.Indexes[0].Fields, f => Assert.Equal(SortDirection.Ascending, f.Direction));
        Assert.True(definition.Indexes[1].Unique);
    }

    [Fact]
    public void WithField_InvalidPath_ThrowsInvalidFieldPathException()
    {
        var ex = Assert.Throws<InvalidFieldPathException>(() => new CollectionDefinition("orders").WithField("a..b", ValueKind.String));
        Assert.Equal("a..b", ex.Path);
    }

    [Fact]
    public void KindOf_DeclaredUndeclaredAndSystemPaths()
    {
        // Arrange
        var definition = new CollectionDefinition("orders").WithField("total", ValueKind.Decimal);

        // Act / Assert
        Assert.Equal(ValueKind.Decimal, definition.KindOf("total"));
        Assert.Null(definition.KindOf("other"));
        Assert.Null(definition.KindOf("total.inner"));
        Assert.Equal(ValueKind.String, definition.KindOf(FieldPath.Id));
        Assert.Equal(ValueKind.String, definition.KindOf(FieldPath.Type));
        Assert.Equal(ValueKind.String, definition.KindOf(FieldPath.Parent));
        Assert.Equal(ValueKind.Int64, definition.KindOf(FieldPath.Version));
        Assert.Null(definition.KindOf(FieldPath.Element));
    }

    [Fact]
    public void Validate_ValidDefinition_DoesNotThrow()
    {
        // Arrange
        var definition = new CollectionDefinition("orders")
            .WithField("total", ValueKind.Decimal)
            .WithIndex("by_total", "total")
            .WithUniqueIndex(new string('i', 48), "number");

        // Act / Assert (no exception)
        definition.Validate();
    }

    [Fact]
    public void Validate_BadCollectionName_ThrowsInvalidCollectionNameException()
    {
        var ex = Assert.Throws<InvalidCollectionNameException>(() => new CollectionDefinition("9lives").Validate());
        Assert.Equal("9lives", ex.Name);
    }

    [Theory]
    [InlineData("_id")]
    [InlineData("_v")]
    [InlineData("_type")]
    [InlineData("_parent")]
    public void Validate_SystemFieldDeclared_ThrowsInvalidFieldPathException(string path)
    {
        // Arrange
        var definition = new CollectionDefinition("orders").WithField(path, ValueKind.String);

        // Act
        var ex = Assert.Throws<InvalidFieldPathException>(definition.Validate);

        // Assert
        Assert.Equal(path, ex.Path);
        Assert.Contains("cannot be declared", ex.Message);
    }

    [Fact]
    public void Validate_ElementPathDeclared_ThrowsInvalidFieldPathException()
    {
        // Arrange
        var definition = new CollectionDefinition("orders") { Fields = [new FieldDefinition(FieldPath.Element, ValueKind.String)] };

        // Act
        var ex = Assert.Throws<InvalidFieldPathException>(definition.Validate);

        // Assert
        Assert.Equal("(element)", ex.Path);
    }

    [Fact]
    public void Validate_NullKind_ThrowsInvalidFieldPathException()
    {
        // Act
        var ex = Assert.Throws<InvalidFieldPathException>(new CollectionDefinition("orders").WithField("note", ValueKind.Null).Validate);

        // Assert
        Assert.Equal("note", ex.Path);
        Assert.Contains("cannot be of kind Null", ex.Message);
    }

    [Fact]
    public void Validate_FieldDeclaredTwice_ThrowsNamingTheCollection()
    {
        // Arrange
        var definition = new CollectionDefinition("orders").WithField("total", ValueKind.Decimal).WithField("total", ValueKind.Int64);

        // Act
        var ex = Assert.Throws<InvalidFieldPathException>(definition.Validate);

        // Assert
        Assert.Equal("total", ex.Path);
        Assert.Contains("declared twice in collection 'orders'", ex.Message);
    }

    [Theory]
    [InlineData("_idx")]
    [InlineData("1st")]
    [InlineData("by-total")]
    [InlineData("")]
    public void Validate_BadIndexName_ThrowsInvalidQueryException(string name)
    {
        // Act
        var ex = Assert.Throws<InvalidQueryException>(new CollectionDefinition("orders").WithIndex(name, "total").Validate);

        // Assert
        Assert.Equal("orders", ex.Collection);
        Assert.Contains($"index name '{name}'", ex.Message);
    }

    [Fact]
    public void Validate_IndexNameOver48Characters_ThrowsInvalidQueryException()
    {
        // Arrange
        var name = new string('i', 49);

        // Act
        var ex = Assert.Throws<InvalidQueryException>(new CollectionDefinition("orders").WithIndex(name, "total").Validate);

        // Assert
        Assert.Contains("at most 48 characters", ex.Message);
    }

    [Fact]
    public void Validate_IndexNamesDifferingOnlyByCase_AreDuplicates()
    {
        // Arrange
        var definition = new CollectionDefinition("orders").WithIndex("ByTotal", "total").WithIndex("bytotal", "number");

        // Act
        var ex = Assert.Throws<InvalidQueryException>(definition.Validate);

        // Assert
        Assert.Contains("index 'bytotal' is declared twice", ex.Message);
    }

    [Fact]
    public void Validate_IndexWithoutFields_ThrowsInvalidQueryException()
    {
        // Act
        var ex = Assert.Throws<InvalidQueryException>(new CollectionDefinition("orders").WithIndex("empty").Validate);

        // Assert
        Assert.Contains("index 'empty' names no field", ex.Message);
    }
}
