using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Queries;

public sealed class QueryTests
{
    [Fact]
    public void New_HasTheDocumentedDefaults()
    {
        // Act
        var query = new Query();

        // Assert
        Assert.Same(Filter.All, query.Filter);
        Assert.Empty(query.Sort);
        Assert.Equal(0, query.Skip);
        Assert.Null(query.Take);
        Assert.Null(query.ContinuationToken);
        Assert.Empty(query.Projection);
        Assert.Equal(10_000, Query.MaxTake);
    }

    [Fact]
    public void Builders_SetTheirParts()
    {
        // Act
        var query = Query.Where(Filter.Eq("a", 1))
            .OrderBy(SortField.Desc("a"), SortField.Asc("b"))
            .Page(25, "token")
            .Select("a", "b.c");

        // Assert
        Assert.Equal("Eq(a, 1)", FilterText.Of(query.Filter));
        Assert.Equal([SortField.Desc("a"), SortField.Asc("b")], query.Sort);
        Assert.Equal(25, query.Take);
        Assert.Equal("token", query.ContinuationToken);
        Assert.Equal([FieldPath.Parse("a"), FieldPath.Parse("b.c")], query.Projection);
    }

    [Fact]
    public void Select_InvalidPath_ThrowsInvalidFieldPathException()
    {
        Assert.Throws<ErpCode.Core.Storage.Errors.InvalidFieldPathException>(() => new Query().Select("a b"));
    }

    [Fact]
    public void SortField_AscAndDesc_SetTheDirection()
    {
        Assert.Equal(SortDirection.Ascending, SortField.Asc("a").Direction);
        Assert.Equal(SortDirection.Descending, SortField.Desc("a").Direction);
        Assert.Equal(SortDirection.Ascending, new SortField(FieldPath.Id).Direction);
        Assert.Equal(FieldPath.Parse("a.b"), SortField.Desc("a.b").Field);
    }
}
