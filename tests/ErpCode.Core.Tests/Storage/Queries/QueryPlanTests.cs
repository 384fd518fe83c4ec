using ErpCode.Core.Errors;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Queries;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Queries;

public sealed class QueryPlanTests
{
    private static readonly CollectionDefinition Orders = new CollectionDefinition("orders").WithField("qty", ValueKind.Int64);
    private static readonly CollectionDefinition Invoices = new("invoices");

    private static readonly StoredDocument[] Rows =
    [
        Docs.Stored("d1", ("a", 1), ("b", "x")),
        Docs.Stored("d2", ("a", 2), ("b", "y")),
        Docs.Stored("d3", ("a", 3), ("b", "z")),
    ];

    [Fact]
    public void Create_EmptyQuery_HasTheDefaults()
    {
        // Act
        var plan = QueryPlan.Create(new Query(), Orders);

        // Assert
        Assert.Same(Orders, plan.Collection);
        Assert.Same(Filter.All, plan.Filter);
        Assert.Equal([new SortField(FieldPath.Id)], plan.Sort);
        Assert.Equal(0, plan.Skip);
        Assert.Null(plan.Take);
        Assert.Null(plan.FetchLimit);
        Assert.Empty(plan.Projection);
    }

    [Fact]
    public void Create_DefaultArrays_AreTreatedAsEmpty()
    {
        // Act
        var plan = QueryPlan.Create(new Query { Sort = default, Projection = default, Filter = null! }, Orders);

        // Assert
        Assert.Equal([new SortField(FieldPath.Id)], plan.Sort);
        Assert.Empty(plan.Projection);
        Assert.Same(Filter.All, plan.Filter);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(10_000)]
    public void Create_TakeInRange_FetchesOneMore(int take)
    {
        // Act
        var plan = QueryPlan.Create(new Query { Take = take }, Orders);

        // Assert
        Assert.Equal(take, plan.Take);
        Assert.Equal(take + 1, plan.FetchLimit);
    }

    [Fact]
    public void Create_NegativeSkip_IsRefused()
    {
        // Act
        var ex = Assert.Throws<InvalidQueryException>(() => QueryPlan.Create(new Query { Skip = -1 }, Orders));

        // Assert
        Assert.Equal("Invalid query: skip must be 0 or more, not -1", ex.Message);
        Assert.Equal("orders", ex.Collection);
        Assert.Equal(ErpCodeErrorCodes.InvalidQuery, ex.Code);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_001)]
    [InlineData(int.MaxValue)]
    public void Create_TakeOutOfRange_IsRefused(int take)
    {
        // Act
        var ex = Assert.Throws<InvalidQueryException>(() => QueryPlan.Create(new Query { Take = take }, Orders));

        // Assert
        Assert.Equal($"Invalid query: take must be between 0 and 10000, not {take}", ex.Message);
    }

    [Fact]
    public void Create_TokenWithoutTake_IsRefused()
    {
        var ex = Assert.Throws<InvalidQueryException>(() => QueryPlan.Create(new Query { ContinuationToken = "x" }, Orders));
        Assert.Contains("a continuation token needs a page size (take)", ex.Message);
    }

    [Fact]
    public void Create_TokenWithSkip_IsRefused()
    {
        var ex = Assert.Throws<InvalidQueryException>(() => QueryPlan.Create(new Query { ContinuationToken = "x", Take = 5, Skip = 1 }, Orders));
        Assert.Contains("skip cannot be combined with a continuation token", ex.Message);
    }

    [Fact]
    public void Create_Sort_IsCompletedWithTheId()
    {
        // Act
        var plan = QueryPlan.Create(new Query().OrderBy(SortField.Desc("a"), SortField.Asc("b")), Orders);

        // Assert
        Assert.Equal([SortField.Desc("a"), SortField.Asc("b"), new SortField(FieldPath.Id)], plan.Sort);
    }

    [Theory]
    [InlineData(SortDirection.Ascending)]
    [InlineData(SortDirection.Descending)]
    public void Create_AddedId_FollowsTheDirectionOfTheLastKey(SortDirection direction)
    {
        // Act
        var plan = QueryPlan.Create(new Query().OrderBy(SortField.Asc("a"), new SortField("b", direction)), Orders);

        // Assert
        Assert.Equal(new SortField(FieldPath.Id, direction), plan.Sort[^1]);
    }

    [Fact]
    public void Create_SortEndingWithTheId_IsKeptAsGiven()
    {
        // Act
        var plan = QueryPlan.Create(new Query().OrderBy(SortField.Asc("a"), SortField.Desc("_id")), Orders);

        // Assert
        Assert.Equal([SortField.Asc("a"), SortField.Desc("_id")], plan.Sort);
    }

    [Fact]
    public void Create_KeysAfterTheId_AreDropped()
    {
        // Act
        var plan = QueryPlan.Create(new Query().OrderBy(SortField.Asc("a"), SortField.Asc("_id"), SortField.Desc("b"), SortField.Asc("a")), Orders);

        // Assert
        Assert.Equal([SortField.Asc("a"), SortField.Asc("_id")], plan.Sort);
    }

    [Theory]
    [InlineData(SortDirection.Ascending)]
    [InlineData(SortDirection.Descending)]
    public void Create_DuplicateSortKey_IsRefused(SortDirection secondDirection)
    {
        // Act
        var ex = Assert.Throws<InvalidQueryException>(
            () => QueryPlan.Create(new Query().OrderBy(SortField.Asc("a.b"), SortField.Asc("c"), new SortField("a.b", secondDirection)), Orders));

        // Assert
        Assert.Equal("Invalid query: the sort names 'a.b' twice", ex.Message);
        Assert.Equal("orders", ex.Collection);
    }

    [Fact]
    public void Create_SortByTheElementPath_IsRefused()
    {
        var ex = Assert.Throws<InvalidQueryException>(() => QueryPlan.Create(new Query().OrderBy(new SortField(FieldPath.Element)), Orders));
        Assert.Contains("cannot sort by the element path", ex.Message);
    }

    [Fact]
    public void Create_ProjectingTheElementPath_IsRefused()
    {
        var ex = Assert.Throws<InvalidQueryException>(() => QueryPlan.Create(new Query { Projection = [FieldPath.Element] }, Orders));
        Assert.Contains("the element path cannot be projected", ex.Message);
    }

    [Fact]
    public void Create_InvalidFilter_IsRefusedByTheFilterChecker()
    {
        var ex = Assert.Throws<InvalidFilterException>(() => QueryPlan.Create(Query.Where(Filter.Eq("qty", "x")), Orders));
        Assert.Equal("qty", ex.Field);
    }

    [Fact]
    public void Create_WithoutToken_KeepsTheFilterAsGiven()
    {
        // Arrange
        var filter = Filter.Eq("qty", 1);

        // Act
        var plan = QueryPlan.Create(Query.Where(filter).Page(2), Orders);

        // Assert
        Assert.Same(filter, plan.Filter);
    }

    [Fact]
    public void Complete_NoMoreRowsThanTake_IssuesNoToken()
    {
        // Arrange
        var plan = QueryPlan.Create(new Query().Page(3), Orders);

        // Act
        var result = plan.Complete(Rows);

        // Assert
        Assert.Equal(["d1", "d2", "d3"], result.Documents.Select(d => d.Id));
        Assert.Null(result.ContinuationToken);
    }

    [Fact]
    public void Complete_MoreRowsThanTake_TrimsToTakeAndIssuesAToken()
    {
        // Arrange
        var plan = QueryPlan.Create(new Query().OrderBy(SortField.Asc("a")).Page(2), Orders);

        // Act
        var result = plan.Complete(Rows);

        // Assert
        Assert.Equal(["d1", "d2"], result.Documents.Select(d => d.Id));
        Assert.NotNull(result.ContinuationToken);
        var token = ContinuationToken.Decode(result.ContinuationToken, "orders", "a:a,_id:a");
        Assert.Equal("d2", token.LastId);
        ValueAssert.Equal(new Int64Value(2), token.LastValues[0]);
        ValueAssert.Equal(new StringValue("d2"), token.LastValues[1]);
    }

    [Fact]
    public void Complete_WithoutTake_ReturnsEveryRowAndNoToken()
    {
        // Act
        var result = QueryPlan.Create(new Query(), Orders).Complete(Rows);

        // Assert
        Assert.Equal(3, result.Documents.Count);
        Assert.Null(result.ContinuationToken);
    }

    [Fact]
    public void Complete_TakeZero_ReturnsNothingAndNoToken()
    {
        // Act
        var result = QueryPlan.Create(new Query().Page(0), Orders).Complete(Rows);

        // Assert
        Assert.Empty(result.Documents);
        Assert.Null(result.ContinuationToken);
    }

    [Fact]
    public void Complete_MissingSortValue_IsTokenedAsNull()
    {
        // Arrange
        var plan = QueryPlan.Create(new Query().OrderBy(SortField.Asc("missing")).Page(1), Orders);

        // Act
        var result = plan.Complete(Rows);

        // Assert
        var token = ContinuationToken.Decode(result.ContinuationToken!, "orders", "missing:a,_id:a");
        Assert.Same(NullValue.Instance, token.LastValues[0]);
    }

    [Fact]
    public void Complete_SortFieldHoldingADocument_IsRefused()
    {
        // Arrange
        var plan = QueryPlan.Create(new Query().OrderBy(SortField.Asc("a")).Page(1), Orders);
        StoredDocument[] rows = [Docs.Stored("d1", ("a", DocumentValue.Empty)), Docs.Stored("d2", ("a", 1))];

        // Act
        var ex = Assert.Throws<InvalidQueryException>(() => plan.Complete(rows));

        // Assert
        Assert.Contains("cannot page by 'a': document 'd1' holds a document there", ex.Message);
        Assert.Equal("orders", ex.Collection);
    }

    [Fact]
    public void Complete_Projection_IsAppliedToThePageButNotToTheToken()
    {
        // Arrange: sort by b, project a; the token still needs b.
        var plan = QueryPlan.Create(new Query().OrderBy(SortField.Desc("b")).Page(1).Select("a"), Orders);

        // Act
        var result = plan.Complete(Rows);

        // Assert
        var page = Assert.Single(result.Documents);
        ValueAssert.Equal(Docs.Body(("a", 1)), page.Body);
        Assert.Equal("d1", page.Id);
        Assert.Equal(1, page.Version);
        var token = ContinuationToken.Decode(result.ContinuationToken!, "orders", "b:d,_id:d");
        ValueAssert.Equal(new StringValue("x"), token.LastValues[0]);
    }

    [Fact]
    public void Create_WithAValidToken_AndsTheUserFilterWithTheKeysetCondition()
    {
        // Arrange
        var userFilter = Filter.Gt("qty", 0);
        var query = Query.Where(userFilter).OrderBy(SortField.Asc("a")).Page(2);
        var token = QueryPlan.Create(query, Orders).Complete(Rows).ContinuationToken;

        // Act
        var plan = QueryPlan.Create(query with { ContinuationToken = token }, Orders);

        // Assert
        var and = Assert.IsType<AndFilter>(plan.Filter);
        Assert.Equal(2, and.Filters.Length);
        Assert.Same(userFilter, and.Filters[0]);
        var keyset = Assert.IsType<OrFilter>(and.Filters[1]);
        Assert.Equal("Or(Gt(a, 2), And(Eq(a, 2), Gt(_id, \"d2\")))", FilterText.Of(keyset));
        Assert.Equal(0, plan.Skip);
        Assert.Equal(3, plan.FetchLimit);
    }

    [Fact]
    public void Create_TokenFromAnotherCollection_IsRefused()
    {
        // Arrange
        var query = new Query().OrderBy(SortField.Asc("a")).Page(1);
        var token = QueryPlan.Create(query, Orders).Complete(Rows).ContinuationToken;

        // Act
        var ex = Assert.Throws<InvalidContinuationTokenException>(() => QueryPlan.Create(query with { ContinuationToken = token }, Invoices));

        // Assert
        Assert.Equal("invoices", ex.Collection);
        Assert.Equal(ErpCodeErrorCodes.InvalidContinuationToken, ex.Code);
        Assert.Contains("it was issued for collection 'orders'", ex.Message);
    }

    [Theory]
    [InlineData("a", SortDirection.Descending, "a:d,_id:d")]
    [InlineData("b", SortDirection.Ascending, "b:a,_id:a")]
    public void Create_TokenFromAnotherSort_IsRefused(string field, SortDirection direction, string signature)
    {
        // Arrange
        var token = QueryPlan.Create(new Query().OrderBy(SortField.Asc("a")).Page(1), Orders).Complete(Rows).ContinuationToken;
        var other = new Query().OrderBy(new SortField(field, direction)).Page(1, token);

        // Act
        var ex = Assert.Throws<InvalidContinuationTokenException>(() => QueryPlan.Create(other, Orders));

        // Assert
        Assert.Contains($"it was issued for sort 'a:a,_id:a', not '{signature}'", ex.Message);
    }

    [Fact]
    public void Create_TokenWithAnExtraKey_IsRefused()
    {
        // Arrange
        var token = QueryPlan.Create(new Query().OrderBy(SortField.Asc("a")).Page(1), Orders).Complete(Rows).ContinuationToken;

        // Act / Assert
        Assert.Throws<InvalidContinuationTokenException>(
            () => QueryPlan.Create(new Query().OrderBy(SortField.Asc("a"), SortField.Asc("b")).Page(1, token), Orders));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("AAAA")]
    [InlineData("eyJ9")]
    public void Create_GarbageToken_IsRefused(string token)
    {
        // Act
        var ex = Assert.Throws<InvalidContinuationTokenException>(() => QueryPlan.Create(new Query().Page(5, token), Orders));

        // Assert
        Assert.Equal("orders", ex.Collection);
        Assert.StartsWith("Invalid continuation token: ", ex.Message);
    }

    [Theory]
    [InlineData("[1]")]
    [InlineData("[1, \"d1\", 3]")]
    public void Create_TokenWhoseValuesDoNotFitTheSort_IsRefused(string values)
    {
        // Arrange
        var token = TokenText.Of(TokenText.Json("orders", "a:a,_id:a", values, "d1"));

        // Act
        var ex = Assert.Throws<InvalidContinuationTokenException>(() => QueryPlan.Create(new Query().OrderBy(SortField.Asc("a")).Page(5, token), Orders));

        // Assert
        Assert.Contains("its values do not fit the sort", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("a/b")]
    public void Create_TokenWithAnInvalidLastId_IsRefused(string lastId)
    {
        // Arrange
        var token = TokenText.Of(TokenText.Json("orders", "_id:a", "[\"x\"]", lastId));

        // Act
        var ex = Assert.Throws<InvalidContinuationTokenException>(() => QueryPlan.Create(new Query().Page(5, token), Orders));

        // Assert
        Assert.Contains("its values do not fit the sort", ex.Message);
    }

    // The tests below fail today. QueryPlan.Create (QueryPlan.cs lines 73-79) checks only the number of values in a
    // token, not their kinds, and the keyset filter never passes through FilterChecker. A client can forge a token
    // whose values are arrays or documents, or do not fit the field's kind; backends then get a filter they were
    // promised never to see (SqlFilterTranslator throws ArgumentOutOfRangeException for a decimal on _v).
    [Theory]
    [InlineData("a:a,_id:a", "a", "[[1], \"d1\"]")]
    [InlineData("a:a,_id:a", "a", "[{\"k\":1}, \"d1\"]")]
    [InlineData("qty:a,_id:a", "qty", "[\"many\", \"d1\"]")]
    [InlineData("_v:d,_id:d", "_v", "[{\"_decimal\":\"1.5\"}, \"d1\"]")]
    [InlineData("_type:a,_id:a", "_type", "[7, \"d1\"]")]
    public void Create_TokenWithAValueOfTheWrongKind_IsRefused(string signature, string field, string values)
    {
        // Arrange
        var direction = signature.StartsWith($"{field}:d", StringComparison.Ordinal) ? SortDirection.Descending : SortDirection.Ascending;
        var token = TokenText.Of(TokenText.Json("orders", signature, values, "d1"));
        var query = new Query().OrderBy(new SortField(field, direction)).Page(5, token);

        // Act / Assert
        Assert.Throws<InvalidContinuationTokenException>(() => QueryPlan.Create(query, Orders));
    }

    [Theory]
    [InlineData("a:a,_id:a", "a", "[1, \"d1\"]")]
    [InlineData("qty:a,_id:a", "qty", "[{\"_decimal\":\"2.5\"}, \"d1\"]")]
    [InlineData("qty:a,_id:a", "qty", "[null, \"d1\"]")]
    [InlineData("_v:d,_id:d", "_v", "[3, \"d1\"]")]
    [InlineData("_type:a,_id:a", "_type", "[\"Order\", \"d1\"]")]
    public void Create_HandMadeTokenOfFittingKinds_IsAccepted(string signature, string field, string values)
    {
        // The control for the test above: the same tokens with values of the right kind are taken.
        // Arrange
        var direction = signature.StartsWith($"{field}:d", StringComparison.Ordinal) ? SortDirection.Descending : SortDirection.Ascending;
        var token = TokenText.Of(TokenText.Json("orders", signature, values, "d1"));

        // Act
        var plan = QueryPlan.Create(new Query().OrderBy(new SortField(field, direction)).Page(5, token), Orders);

        // Assert
        Assert.IsType<OrFilter>(Assert.IsType<AndFilter>(plan.Filter).Filters[1]);
    }

    [Fact]
    public void Create_TokenWithANumberOutOfDecimalRange_IsRefused()
    {
        // Arrange
        var token = TokenText.Of(TokenText.Json("orders", "a:a,_id:a", "[1e400, \"d1\"]", "d1"));

        // Act / Assert
        Assert.Throws<InvalidContinuationTokenException>(() => QueryPlan.Create(new Query().OrderBy(SortField.Asc("a")).Page(5, token), Orders));
    }

    [Fact]
    public void Create_NullArguments_ThrowArgumentNullException()
    {
        Assert.Equal("query", Assert.Throws<ArgumentNullException>(() => QueryPlan.Create(null!, Orders)).ParamName);
        Assert.Equal("collection", Assert.Throws<ArgumentNullException>(() => QueryPlan.Create(new Query(), null!)).ParamName);
        Assert.Equal("fetched", Assert.Throws<ArgumentNullException>(() => QueryPlan.Create(new Query(), Orders).Complete(null!)).ParamName);
    }
}
