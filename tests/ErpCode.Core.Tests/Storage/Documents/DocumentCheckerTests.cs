using ErpCode.Core.Errors;
using ErpCode.Core.Storage;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.TestSupport;

namespace ErpCode.Core.Tests.Storage.Documents;

public sealed class DocumentCheckerTests
{
    private static readonly CollectionDefinition Orders = new CollectionDefinition("orders")
        .WithField("total", ValueKind.Decimal)
        .WithField("qty", ValueKind.Int64)
        .WithField("customer.zip", ValueKind.String)
        .WithField("tags", ValueKind.Array)
        .WithField("placedOn", ValueKind.Date);

    [Fact]
    public void Check_DocumentOfDeclaredKinds_Passes()
    {
        // Arrange
        var body = Docs.Body(
            ("total", 10.50m),
            ("qty", 2),
            ("customer", Docs.Body(("zip", "69001"))),
            ("tags", new ArrayValue("a")),
            ("placedOn", new DateOnly(2024, 3, 1)),
            ("undeclared", true));

        // Act / Assert (no exception)
        DocumentChecker.Check(Orders, "ORD-1", body);
    }

    [Fact]
    public void Check_DecimalFieldHoldingAnInteger_Passes()
    {
        DocumentChecker.Check(Orders, "ORD-1", Docs.Body(("total", 10)));
    }

    [Fact]
    public void Check_NullOrMissingDeclaredFields_Pass()
    {
        DocumentChecker.Check(Orders, "ORD-1", Docs.Body(("total", DocValue.Null), ("qty", DocValue.Null)));
        DocumentChecker.Check(Orders, "ORD-1", DocumentValue.Empty);
        DocumentChecker.Check(Orders, "ORD-1", Docs.Body(("customer", 5)));
    }

    [Theory]
    [InlineData("total", "the collection declares a decimal here, but the document holds a string")]
    [InlineData("qty", "the collection declares an integer here, but the document holds a decimal")]
    [InlineData("tags", "the collection declares an array here, but the document holds a document")]
    [InlineData("placedOn", "the collection declares a date here, but the document holds a date-time")]
    public void Check_DeclaredKindMismatch_ThrowsInvalidDocumentExceptionNamingThePath(string field, string reason)
    {
        // Arrange
        DocValue wrong = field switch
        {
            "total" => "10.50",
            "qty" => 2.5m,
            "tags" => DocumentValue.Empty,
            _ => new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc),
        };

        // Act
        var ex = Assert.Throws<InvalidDocumentException>(() => DocumentChecker.Check(Orders, "ORD-1", Docs.Body((field, wrong))));

        // Assert
        Assert.Equal(field, ex.Path);
        Assert.Equal("orders", ex.Collection);
        Assert.Equal("ORD-1", ex.DocumentId);
        Assert.Equal(ErpCodeErrorCodes.InvalidDocument, ex.Code);
        Assert.Equal($"Property '{field}' of document 'ORD-1' in collection 'orders': {reason}", ex.Message);
    }

    [Fact]
    public void Check_NestedDeclaredKindMismatch_NamesTheFullPath()
    {
        // Act
        var ex = Assert.Throws<InvalidDocumentException>(
            () => DocumentChecker.Check(Orders, "ORD-1", Docs.Body(("customer", Docs.Body(("zip", 69001))))));

        // Assert
        Assert.Equal("customer.zip", ex.Path);
        Assert.Contains("declares a string here, but the document holds an integer", ex.Message);
    }

    [Fact]
    public void Check_InvalidId_ThrowsInvalidDocumentIdException()
    {
        // Act
        var ex = Assert.Throws<InvalidDocumentIdException>(() => DocumentChecker.Check(Orders, "has space", DocumentValue.Empty));

        // Assert
        Assert.Equal("has space", ex.DocumentId);
        Assert.Equal("orders", ex.Collection);
    }

    [Fact]
    public void Check_NestingAtTheLimit_Passes()
    {
        // Arrange: the body is level 1, so 99 nested documents reach level 100.
        var body = Docs.Nested(StoreLimits.MaxNestingDepth - 1);

        // Act / Assert (no exception)
        DocumentChecker.Check(Orders, "deep", body);
    }

    [Fact]
    public void Check_NestingOverTheLimit_ThrowsNamingTheDeepestPath()
    {
        // Arrange
        var body = Docs.Nested(StoreLimits.MaxNestingDepth);

        // Act
        var ex = Assert.Throws<InvalidDocumentException>(() => DocumentChecker.Check(Orders, "deep", body));

        // Assert
        Assert.Equal(string.Join('.', Enumerable.Repeat("a", StoreLimits.MaxNestingDepth)), ex.Path);
        Assert.Contains("nest deeper than 100 levels", ex.Message);
        Assert.Equal("deep", ex.DocumentId);
    }

    [Fact]
    public void Check_ArraysCountAsNesting_AndAreNamedByIndex()
    {
        // Arrange: {a: [[[ ... ]]]}, 100 arrays below the body, the innermost at level 101.
        DocValue inner = ArrayValue.Empty;
        for (var i = 0; i < StoreLimits.MaxNestingDepth - 1; i++)
        {
            inner = new ArrayValue(new DocValue[] { inner });
        }

        var body = Docs.Body(("a", inner));

        // Act
        var ex = Assert.Throws<InvalidDocumentException>(() => DocumentChecker.Check(Orders, "deep", body));

        // Assert
        Assert.Equal("a" + string.Concat(Enumerable.Repeat("[0]", StoreLimits.MaxNestingDepth - 1)), ex.Path);
    }

    [Fact]
    public void Check_ScalarsDoNotCountAsALevel()
    {
        // Arrange: 99 documents deep, then a scalar: still 100 levels of containers.
        var body = Docs.Nested(StoreLimits.MaxNestingDepth - 2);
        body = DocumentValue.Create(("a", body.With("leaf", 1)));

        // Act / Assert (no exception)
        DocumentChecker.Check(Orders, "deep", body);
    }

    [Fact]
    public void Check_NullArguments_ThrowArgumentNullException()
    {
        Assert.Equal("collection", Assert.Throws<ArgumentNullException>(() => DocumentChecker.Check(null!, "a", DocumentValue.Empty)).ParamName);
        Assert.Equal("body", Assert.Throws<ArgumentNullException>(() => DocumentChecker.Check(Orders, "a", null!)).ParamName);
    }

    [Fact]
    public void CheckEnvelope_ValidDocument_Passes()
    {
        DocumentChecker.CheckEnvelope(Orders, new NewDocument("ORD-1", DocumentValue.Empty, "SaleOrder", "CUST-1"));
        DocumentChecker.CheckEnvelope(Orders, new NewDocument("ORD-1", DocumentValue.Empty));
    }

    [Fact]
    public void CheckEnvelope_InvalidId_ThrowsInvalidDocumentIdException()
    {
        // Act
        var ex = Assert.Throws<InvalidDocumentIdException>(() => DocumentChecker.CheckEnvelope(Orders, new NewDocument("a b", DocumentValue.Empty)));

        // Assert
        Assert.Equal("a b", ex.DocumentId);
        Assert.Equal("orders", ex.Collection);
    }

    [Theory]
    [InlineData("Sale Order")]
    [InlineData("_Hidden")]
    [InlineData("")]
    public void CheckEnvelope_InvalidTypeName_ThrowsNamingTheTypePath(string type)
    {
        // Act
        var ex = Assert.Throws<InvalidDocumentException>(() => DocumentChecker.CheckEnvelope(Orders, new NewDocument("ORD-1", DocumentValue.Empty, type)));

        // Assert
        Assert.Equal("_type", ex.Path);
        Assert.Equal("ORD-1", ex.DocumentId);
        Assert.Equal("orders", ex.Collection);
        Assert.Contains($"'{type}' is not a valid type name", ex.Message);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("")]
    public void CheckEnvelope_InvalidParentId_ThrowsNamingTheParentPath(string parent)
    {
        // Act
        var ex = Assert.Throws<InvalidDocumentException>(
            () => DocumentChecker.CheckEnvelope(Orders, new NewDocument("ORD-1", DocumentValue.Empty, "SaleOrder", parent)));

        // Assert
        Assert.Equal("_parent", ex.Path);
        Assert.Contains($"'{parent}' is not a valid parent id", ex.Message);
    }

    [Fact]
    public void CheckEnvelope_NoBody_ThrowsInvalidDocumentException()
    {
        // Act
        var ex = Assert.Throws<InvalidDocumentException>(() => DocumentChecker.CheckEnvelope(Orders, new NewDocument("ORD-1", null!)));

        // Assert
        Assert.Equal("(body)", ex.Path);
        Assert.Contains("the document has no body", ex.Message);
    }

    [Fact]
    public void CheckEnvelope_NullArguments_ThrowArgumentNullException()
    {
        Assert.Equal("collection", Assert.Throws<ArgumentNullException>(() => DocumentChecker.CheckEnvelope(null!, new NewDocument("a", DocumentValue.Empty))).ParamName);
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => DocumentChecker.CheckEnvelope(Orders, null!)).ParamName);
    }

    [Fact]
    public void CheckSize_AtTheLimit_Passes()
    {
        DocumentChecker.CheckSize(Orders, "ORD-1", StoreLimits.MaxDocumentBytes);
    }

    [Fact]
    public void CheckSize_OverTheLimit_ThrowsDocumentTooLargeException()
    {
        // Act
        var ex = Assert.Throws<DocumentTooLargeException>(() => DocumentChecker.CheckSize(Orders, "ORD-1", StoreLimits.MaxDocumentBytes + 1));

        // Assert
        Assert.Equal("ORD-1", ex.DocumentId);
        Assert.Equal("orders", ex.Collection);
        Assert.Equal(16L * 1024 * 1024 + 1, ex.SizeInBytes);
        Assert.Equal(16L * 1024 * 1024, ex.LimitInBytes);
        Assert.Equal(ErpCodeErrorCodes.DocumentTooLarge, ex.Code);
        Assert.Contains("over the limit", ex.Message);
    }
}
