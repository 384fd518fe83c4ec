using ErpCode.Core.Errors;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Values;

public sealed class DocumentValueTests
{
    [Fact]
    public void Create_ValidNames_KeepsOrderAndValues()
    {
        // Act
        var doc = DocumentValue.Create(("b", 1), ("a", "x"), ("c", DocValue.Null));

        // Assert
        Assert.Equal(3, doc.Count);
        Assert.Equal(["b", "a", "c"], doc.Names);
        Assert.Equal(new Int64Value(1), doc["b"]);
        Assert.Equal(new StringValue("x"), doc["a"]);
        Assert.Same(NullValue.Instance, doc["c"]);
        Assert.Equal(ValueKind.Document, doc.Kind);
        Assert.Equal("{b: 1, a: x, c: null}", doc.ToString());
    }

    [Fact]
    public void Create_NullValue_BecomesExplicitNull()
    {
        // Act
        var doc = DocumentValue.Create([new KeyValuePair<string, DocValue>("a", null!)]);

        // Assert
        Assert.True(doc.Contains("a"));
        Assert.Same(NullValue.Instance, doc["a"]);
    }

    [Theory]
    [InlineData("", "cannot be empty")]
    [InlineData("_id", "reserved")]
    [InlineData("_decimal", "reserved")]
    [InlineData("$set", "reserved")]
    [InlineData("1abc", "must start with a letter")]
    [InlineData("a.b", "'.'")]
    [InlineData("a b", "' '")]
    [InlineData("a-b", "'-'")]
    [InlineData("caf\u00e9", "'\u00e9'")]
    [InlineData("a\tb", "not allowed")]
    public void Create_BadName_ThrowsInvalidDocumentExceptionNamingIt(string name, string reasonPart)
    {
        // Act
        var ex = Assert.Throws<InvalidDocumentException>(() => DocumentValue.Create(("ok", 1), (name, 2)));

        // Assert
        Assert.Equal(name, ex.Path);
        Assert.Equal(ErpCodeErrorCodes.InvalidDocument, ex.Code);
        Assert.Contains(reasonPart, ex.Message);
        Assert.StartsWith($"Property '{name}'", ex.Message);
        Assert.Null(ex.Collection);
        Assert.Null(ex.DocumentId);
    }

    [Fact]
    public void Create_NameTooLong_ThrowsNamingTheLength()
    {
        // Arrange
        var name = new string('a', 129);

        // Act
        var ex = Assert.Throws<InvalidDocumentException>(() => DocumentValue.Create((name, 1)));

        // Assert
        Assert.Equal(name, ex.Path);
        Assert.Contains("at most 128 characters, this one has 129", ex.Message);
    }

    [Fact]
    public void Create_NullName_ThrowsWithEmptyPath()
    {
        // Act
        var ex = Assert.Throws<InvalidDocumentException>(() => DocumentValue.Create([new KeyValuePair<string, DocValue>(null!, 1)]));

        // Assert
        Assert.Equal(string.Empty, ex.Path);
        Assert.Contains("cannot be empty", ex.Message);
    }

    [Fact]
    public void Create_DuplicateName_ThrowsNamingIt()
    {
        // Act
        var ex = Assert.Throws<InvalidDocumentException>(() => DocumentValue.Create(("amount", 1), ("other", 2), ("amount", 3)));

        // Assert
        Assert.Equal("amount", ex.Path);
        Assert.Contains("given twice", ex.Message);
    }

    [Fact]
    public void Create_NamesDifferingByCase_AreDistinct()
    {
        // Act
        var doc = DocumentValue.Create(("name", 1), ("Name", 2));

        // Assert
        Assert.Equal(2, doc.Count);
        Assert.False(doc.Contains("NAME"));
    }

    [Fact]
    public void Indexer_MissingName_ThrowsKeyNotFoundExceptionNamingIt()
    {
        // Act
        var ex = Assert.Throws<KeyNotFoundException>(() => DocumentValue.Empty["total"]);

        // Assert
        Assert.Contains("'total'", ex.Message);
    }

    [Fact]
    public void TryGet_PresentAndMissing()
    {
        // Arrange
        var doc = DocumentValue.Create(("a", DocValue.Null));

        // Act / Assert
        Assert.True(doc.TryGet("a", out var a));
        Assert.Same(NullValue.Instance, a);
        Assert.False(doc.TryGet("b", out var b));
        Assert.Null(b);
        Assert.True(doc.Contains("a"));
        Assert.False(doc.Contains("b"));
    }

    [Fact]
    public void Equals_SameFieldsInOtherOrder_AreEqualWithEqualHashes()
    {
        // Arrange
        var a = DocumentValue.Create(("x", 1), ("y", "two"), ("z", 3.50m));
        var b = DocumentValue.Create(("z", 3.5m), ("x", 1), ("y", "two"));

        // Act / Assert
        ValueAssert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentValueOrExtraField_AreNotEqual()
    {
        // Arrange
        var a = DocumentValue.Create(("x", 1), ("y", 2));

        // Act / Assert
        ValueAssert.NotEqual(a, DocumentValue.Create(("x", 1), ("y", 3)));
        ValueAssert.NotEqual(a, DocumentValue.Create(("x", 1), ("y", 2), ("z", 3)));
        ValueAssert.NotEqual(a, DocumentValue.Create(("x", 1)));
        ValueAssert.NotEqual(a, DocumentValue.Create(("x", 1), ("w", 2)));
    }

    [Fact]
    public void Equals_ExplicitNullIsNotAMissingField()
    {
        ValueAssert.NotEqual(DocumentValue.Create(("a", DocValue.Null)), DocumentValue.Empty);
    }

    [Fact]
    public void Equals_NestedDocumentsIgnoreOrderAtEveryLevel()
    {
        // Arrange
        var a = DocumentValue.Create(("inner", DocumentValue.Create(("p", 1), ("q", 2))), ("n", 0));
        var b = DocumentValue.Create(("n", 0), ("inner", DocumentValue.Create(("q", 2), ("p", 1))));

        // Act / Assert
        ValueAssert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void With_ExistingName_ReplacesInPlace()
    {
        // Arrange
        var doc = DocumentValue.Create(("a", 1), ("b", 2), ("c", 3));

        // Act
        var changed = doc.With("b", "two");

        // Assert
        Assert.Equal(["a", "b", "c"], changed.Names);
        Assert.Equal(new StringValue("two"), changed["b"]);
        Assert.Equal(new Int64Value(2), doc["b"]);
    }

    [Fact]
    public void With_NewName_Appends()
    {
        // Arrange
        var doc = DocumentValue.Create(("a", 1));

        // Act
        var changed = doc.With("b", 2);

        // Assert
        Assert.Equal(["a", "b"], changed.Names);
        Assert.Single(doc);
    }

    [Fact]
    public void With_NullValue_SetsExplicitNull()
    {
        // Act
        var doc = DocumentValue.Empty.With("a", null!);

        // Assert
        Assert.Same(NullValue.Instance, doc["a"]);
    }

    [Fact]
    public void With_ReservedName_ThrowsInvalidDocumentException()
    {
        // Act
        var ex = Assert.Throws<InvalidDocumentException>(() => DocumentValue.Empty.With("_v", 1));

        // Assert
        Assert.Equal("_v", ex.Path);
        Assert.Contains("reserved", ex.Message);
    }

    [Fact]
    public void Without_ExistingName_RemovesItAndKeepsTheOrder()
    {
        // Arrange
        var doc = DocumentValue.Create(("a", 1), ("b", 2), ("c", 3));

        // Act
        var changed = doc.Without("b");

        // Assert
        Assert.Equal(["a", "c"], changed.Names);
        Assert.False(changed.Contains("b"));
        Assert.True(doc.Contains("b"));
        Assert.Equal(new Int64Value(3), changed["c"]);
    }

    [Fact]
    public void Without_MissingName_ReturnsTheSameInstance()
    {
        // Arrange
        var doc = DocumentValue.Create(("a", 1));

        // Act / Assert
        Assert.Same(doc, doc.Without("b"));
    }

    [Fact]
    public void Empty_HasNoFields()
    {
        Assert.Empty(DocumentValue.Empty);
        ValueAssert.Equal(DocumentValue.Empty, DocumentValue.Create());
        Assert.Equal("{}", DocumentValue.Empty.ToString());
    }
}
