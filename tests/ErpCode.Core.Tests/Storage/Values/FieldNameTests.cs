using ErpCode.Core.Storage.Values;

namespace ErpCode.Core.Tests.Storage.Values;

public sealed class FieldNameTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("Z")]
    [InlineData("amount")]
    [InlineData("unit_price_2")]
    [InlineData("a_")]
    [InlineData("A1b2C3")]
    public void Check_ValidName_ReturnsNull(string name)
    {
        Assert.Null(FieldName.Check(name));
        Assert.True(FieldName.IsValid(name));
    }

    [Fact]
    public void Check_MaxLength_IsValid()
    {
        Assert.True(FieldName.IsValid(new string('x', FieldName.MaxLength)));
        Assert.Equal(128, FieldName.MaxLength);
    }

    [Fact]
    public void Check_OverMaxLength_NamesBothLengths()
    {
        Assert.Equal("a property name has at most 128 characters, this one has 129", FieldName.Check(new string('x', 129)));
    }

    [Theory]
    [InlineData(null, "a property name cannot be empty")]
    [InlineData("", "a property name cannot be empty")]
    [InlineData("_id", "names starting with '_' are reserved for the store")]
    [InlineData("_", "names starting with '_' are reserved for the store")]
    [InlineData("$where", "names starting with '$' are reserved for the store")]
    [InlineData("1st", "a property name must start with a letter (A-Z, a-z)")]
    [InlineData("\u00c4rger", "a property name must start with a letter (A-Z, a-z)")]
    [InlineData(" a", "a property name must start with a letter (A-Z, a-z)")]
    [InlineData("a.b", "the character '.' is not allowed; use letters, digits and '_'")]
    [InlineData("a b", "the character ' ' is not allowed; use letters, digits and '_'")]
    [InlineData("a/b", "the character '/' is not allowed; use letters, digits and '_'")]
    [InlineData("a\"b", "the character '\"' is not allowed; use letters, digits and '_'")]
    [InlineData("a'b", "the character ''' is not allowed; use letters, digits and '_'")]
    [InlineData("a$", "the character '$' is not allowed; use letters, digits and '_'")]
    [InlineData("a\u00e9", "the character '\u00e9' is not allowed; use letters, digits and '_'")]
    public void Check_InvalidName_SaysWhy(string? name, string expected)
    {
        Assert.Equal(expected, FieldName.Check(name));
        Assert.False(FieldName.IsValid(name));
    }

    [Theory]
    [InlineData("a\u0000")]
    [InlineData("a\n")]
    [InlineData("a\u007f")]
    public void Check_ControlCharacter_IsRefused(string name)
    {
        Assert.StartsWith("the character", FieldName.Check(name));
    }
}
