using ErpCode.Core.Errors;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;

namespace ErpCode.Core.Tests.Storage.Documents;

public sealed class DocumentIdTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("7")]
    [InlineData("_system")]
    [InlineData("ORD-2024.000017")]
    [InlineData("user@example.com")]
    [InlineData("urn:erp:order:1")]
    [InlineData("a_b-c.d:e@f")]
    public void Check_ValidId_ReturnsNull(string id)
    {
        Assert.Null(DocumentId.Check(id));
        Assert.Equal(id, DocumentId.Validate(id));
    }

    [Fact]
    public void Check_MaxLength_IsValidAndOneMoreIsNot()
    {
        Assert.Equal(128, DocumentId.MaxLength);
        Assert.Null(DocumentId.Check(new string('1', 128)));
        Assert.Equal("an id has at most 128 characters, this one has 129", DocumentId.Check(new string('1', 129)));
    }

    [Theory]
    [InlineData(null, "an id cannot be empty")]
    [InlineData("", "an id cannot be empty")]
    [InlineData("-1", "an id must start with a letter, a digit or '_'")]
    [InlineData(".a", "an id must start with a letter, a digit or '_'")]
    [InlineData(":a", "an id must start with a letter, a digit or '_'")]
    [InlineData("@a", "an id must start with a letter, a digit or '_'")]
    [InlineData(" a", "an id must start with a letter, a digit or '_'")]
    [InlineData("a b", "the character U+0020 is not allowed")]
    [InlineData("a\tb", "the character U+0009 is not allowed")]
    [InlineData("a\u0000", "the character U+0000 is not allowed")]
    [InlineData("a\u007f", "the character U+007F is not allowed")]
    [InlineData("a\u00a0b", "the character U+00A0 is not allowed")]
    [InlineData("a/b", "the character '/' is not allowed; use letters, digits and _ - . : @")]
    [InlineData("a\\b", "the character '\\' is not allowed; use letters, digits and _ - . : @")]
    [InlineData("a'b", "the character ''' is not allowed; use letters, digits and _ - . : @")]
    [InlineData("a\"b", "the character '\"' is not allowed; use letters, digits and _ - . : @")]
    [InlineData("a?b", "the character '?' is not allowed; use letters, digits and _ - . : @")]
    [InlineData("a#b", "the character '#' is not allowed; use letters, digits and _ - . : @")]
    [InlineData("a%20", "the character '%' is not allowed; use letters, digits and _ - . : @")]
    [InlineData("caf\u00e9", "the character '\u00e9' is not allowed; use letters, digits and _ - . : @")]
    public void Check_InvalidId_SaysWhy(string? id, string expected)
    {
        Assert.Equal(expected, DocumentId.Check(id));
    }

    [Fact]
    public void Validate_InvalidId_ThrowsInvalidDocumentIdExceptionWithTheCollection()
    {
        // Act
        var ex = Assert.Throws<InvalidDocumentIdException>(() => DocumentId.Validate("a/b", "orders"));

        // Assert
        Assert.Equal("a/b", ex.DocumentId);
        Assert.Equal("orders", ex.Collection);
        Assert.Equal(ErpCodeErrorCodes.InvalidDocumentId, ex.Code);
        Assert.Equal("'a/b' is not a valid document id: the character '/' is not allowed; use letters, digits and _ - . : @", ex.Message);
    }

    [Fact]
    public void Validate_Null_ThrowsWithANullId()
    {
        // Act
        var ex = Assert.Throws<InvalidDocumentIdException>(() => DocumentId.Validate(null));

        // Assert
        Assert.Null(ex.DocumentId);
        Assert.Null(ex.Collection);
        Assert.Contains("cannot be empty", ex.Message);
    }
}
