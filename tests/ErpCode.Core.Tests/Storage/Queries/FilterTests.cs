using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Queries;

public sealed class FilterTests
{
    [Fact]
    public void All_IsAnEmptyAnd()
    {
        var all = Assert.IsType<AndFilter>(Filter.All);
        Assert.Empty(all.Filters);
    }

    [Fact]
    public void Factories_BuildTheMatchingNodes()
    {
        Assert.Equal("Eq(a, 1)", FilterText.Of(Filter.Eq("a", 1)));
        Assert.Equal("Ne(a, null)", FilterText.Of(Filter.Ne("a", DocValue.Null)));
        Assert.Equal("Gt(a, 1.5)", FilterText.Of(Filter.Gt("a", 1.5m)));
        Assert.Equal("Ge(a, \"x\")", FilterText.Of(Filter.Ge("a", "x")));
        Assert.Equal("Lt(_v, 3)", FilterText.Of(Filter.Lt(FieldPath.Version, 3)));
        Assert.Equal("Le(d, 2024-03-01)", FilterText.Of(Filter.Le("d", new DateOnly(2024, 3, 1))));
        Assert.Equal("In(a, [1, \"b\", null])", FilterText.Of(Filter.In("a", 1, "b", DocValue.Null)));
        Assert.Equal("Exists(a.b)", FilterText.Of(Filter.Exists("a.b")));
        Assert.Equal("StartsWith(name, \"Ab\")", FilterText.Of(Filter.StartsWith("name", "Ab")));
        Assert.Equal("EndsWith(name, \"z\", ignoreCase)", FilterText.Of(Filter.EndsWith("name", "z", ignoreCase: true)));
        Assert.Equal("Contains(name, \"mid\")", FilterText.Of(Filter.Contains("name", "mid")));
        Assert.Equal("Any(tags)", FilterText.Of(Filter.AnyElement("tags")));
        Assert.Equal("Any(tags, Eq((element), \"red\"))", FilterText.Of(Filter.AnyElement("tags", Filter.Eq(FieldPath.Element, "red"))));
    }

    [Fact]
    public void Operators_BuildAndOrNot()
    {
        // Arrange
        var a = Filter.Eq("a", 1);
        var b = Filter.Eq("b", 2);

        // Act / Assert
        Assert.Equal("And(Eq(a, 1), Eq(b, 2))", FilterText.Of(a & b));
        Assert.Equal("Or(Eq(a, 1), Eq(b, 2))", FilterText.Of(a | b));
        Assert.Equal("Not(Eq(a, 1))", FilterText.Of(!a));
        Assert.Equal("Or(And(Eq(a, 1), Eq(b, 2)), Not(Eq(a, 1)))", FilterText.Of((a & b) | !a));
    }

    [Fact]
    public void ComparisonRecords_WithEqualParts_AreEqual()
    {
        Assert.Equal(Filter.Eq("a", 1), Filter.Eq("a", 1));
        Assert.NotEqual(Filter.Eq("a", 1), Filter.Ne("a", 1));
        Assert.NotEqual(Filter.Eq("a", 1), Filter.Eq("a", 2));
    }
}
