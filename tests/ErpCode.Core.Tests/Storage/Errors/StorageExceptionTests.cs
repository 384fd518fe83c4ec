using ErpCode.Core.Errors;
using ErpCode.Core.Storage.Errors;

namespace ErpCode.Core.Tests.Storage.Errors;

/// <summary>Each storage failure carries its stable code (also in <see cref="Exception.Data"/>), its fields and a message naming the culprit.</summary>
public sealed class StorageExceptionTests
{
    private static void AssertCode(StorageException ex, string code)
    {
        Assert.Equal(code, ex.Code);
        Assert.Equal(code, ex.Data["ErpCode.Code"]);
        Assert.IsAssignableFrom<ErpCodeException>(ex);
    }

    [Fact]
    public void DocumentNotFound_NamesDocumentAndCollection()
    {
        var ex = new DocumentNotFoundException("orders", "SO-1");
        AssertCode(ex, ErpCodeErrorCodes.DocumentNotFound);
        Assert.Equal("SO-1", ex.DocumentId);
        Assert.Equal("orders", ex.Collection);
        Assert.Equal("Document 'SO-1' does not exist in collection 'orders'.", ex.Message);
    }

    [Fact]
    public void DuplicateDocument_KeepsTheCause()
    {
        var cause = new InvalidOperationException("driver");
        var ex = new DuplicateDocumentException("orders", "SO-1", cause);
        AssertCode(ex, ErpCodeErrorCodes.DuplicateDocument);
        Assert.Equal("SO-1", ex.DocumentId);
        Assert.Same(cause, ex.InnerException);
        Assert.Equal("Document 'SO-1' already exists in collection 'orders'.", ex.Message);
    }

    [Fact]
    public void Concurrency_NamesBothVersions()
    {
        var ex = new ConcurrencyException("orders", "SO-1", expectedVersion: 3, actualVersion: 5);
        AssertCode(ex, ErpCodeErrorCodes.ConcurrencyConflict);
        Assert.Equal("SO-1", ex.DocumentId);
        Assert.Equal(3, ex.ExpectedVersion);
        Assert.Equal(5, ex.ActualVersion);
        Assert.Contains("is at version 5, not the expected version 3", ex.Message);
        Assert.Contains("Nothing was written.", ex.Message);
    }

    [Fact]
    public void UniqueConstraint_NamesTheIndex()
    {
        var ex = new UniqueConstraintException("orders", "by_number", "SO-2");
        AssertCode(ex, ErpCodeErrorCodes.UniqueConstraint);
        Assert.Equal("by_number", ex.IndexName);
        Assert.Equal("SO-2", ex.DocumentId);
        Assert.Contains("Unique index 'by_number' of collection 'orders'", ex.Message);
    }

    [Fact]
    public void UnknownCollection_SaysHowToCreateIt()
    {
        var ex = new UnknownCollectionException("orders");
        AssertCode(ex, ErpCodeErrorCodes.UnknownCollection);
        Assert.Equal("orders", ex.Collection);
        Assert.Contains("EnsureCollectionAsync", ex.Message);
    }

    [Fact]
    public void DocumentTooLarge_NamesSizeAndLimit()
    {
        var ex = new DocumentTooLargeException("orders", "SO-1", 20_000_000, 16_777_216);
        AssertCode(ex, ErpCodeErrorCodes.DocumentTooLarge);
        Assert.Equal(20_000_000, ex.SizeInBytes);
        Assert.Equal(16_777_216, ex.LimitInBytes);
        Assert.Equal("SO-1", ex.DocumentId);
    }

    [Fact]
    public void InvalidDocument_MessageNamesPathDocumentAndCollection()
    {
        Assert.Equal("Property 'a.b' of document 'SO-1' in collection 'orders': bad", new InvalidDocumentException("a.b", "bad", "orders", "SO-1").Message);
        Assert.Equal("Property 'a.b': bad", new InvalidDocumentException("a.b", "bad").Message);
        AssertCode(new InvalidDocumentException("a", "b"), ErpCodeErrorCodes.InvalidDocument);
    }

    [Fact]
    public void InvalidPatch_MessageNamesPathAndDocument()
    {
        var ex = new InvalidPatchException("a.b", "no", "orders", "SO-1");
        AssertCode(ex, ErpCodeErrorCodes.InvalidPatch);
        Assert.Equal("a.b", ex.Path);
        Assert.Equal("SO-1", ex.DocumentId);
        Assert.Equal("Cannot apply the change to 'a.b' of document 'SO-1': no. Nothing was written.", ex.Message);
        Assert.Equal("Cannot apply the change to 'a.b': no. Nothing was written.", new InvalidPatchException("a.b", "no").Message);
    }

    [Fact]
    public void InvalidFilter_MessageWithAndWithoutField()
    {
        AssertCode(new InvalidFilterException("a", "r"), ErpCodeErrorCodes.InvalidFilter);
        Assert.Equal("Invalid filter on field 'a': r", new InvalidFilterException("a", "r").Message);
        Assert.Equal("Invalid filter: r", new InvalidFilterException(null, "r").Message);
    }

    [Fact]
    public void QueryTokenPathIdAndNameErrors_CarryTheirCodes()
    {
        AssertCode(new InvalidQueryException("r", "orders"), ErpCodeErrorCodes.InvalidQuery);
        AssertCode(new InvalidContinuationTokenException("r"), ErpCodeErrorCodes.InvalidContinuationToken);
        AssertCode(new InvalidFieldPathException("p", "r"), ErpCodeErrorCodes.InvalidFieldPath);
        AssertCode(new InvalidDocumentIdException("i", "r"), ErpCodeErrorCodes.InvalidDocumentId);
        AssertCode(new InvalidCollectionNameException("n", "r"), ErpCodeErrorCodes.InvalidCollectionName);
        AssertCode(new TransactionStateException("r"), ErpCodeErrorCodes.TransactionState);
    }

    [Fact]
    public void StoreFailures_NameTheStoreAndKeepTheCause()
    {
        var cause = new IOException("disk");
        var unavailable = new StoreUnavailableException("data/erp.db", "locked", cause);
        AssertCode(unavailable, ErpCodeErrorCodes.StoreUnavailable);
        Assert.Equal("data/erp.db", unavailable.Store);
        Assert.Same(cause, unavailable.InnerException);
        Assert.Equal("The store data/erp.db is unavailable: locked", unavailable.Message);

        var corrupt = new StoreCorruptException("data/erp.db", "bad header");
        AssertCode(corrupt, ErpCodeErrorCodes.StoreCorrupt);
        Assert.Equal("data/erp.db", corrupt.Store);

        var busy = new StoreBusyException("data/erp.db", TimeSpan.FromSeconds(2.5));
        AssertCode(busy, ErpCodeErrorCodes.StoreBusy);
        Assert.Matches(@"for 2[.,]5 s\.", busy.Message);

        var noTransactions = new TransactionsNotSupportedException("mongo:27017", "standalone");
        AssertCode(noTransactions, ErpCodeErrorCodes.TransactionsNotSupported);
        Assert.Equal("mongo:27017", noTransactions.Store);
        Assert.Null(noTransactions.Collection);
    }
}
