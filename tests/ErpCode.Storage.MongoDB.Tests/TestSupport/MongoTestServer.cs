namespace ErpCode.Storage.MongoDB.Tests.TestSupport;

/// <summary>The MongoDB server the integration tests use: the connection string in <c>ERPCODE_TEST_MONGODB</c>, if any.</summary>
internal static class MongoTestServer
{
    public const string Variable = "ERPCODE_TEST_MONGODB";

    public const string SkipReason =
        "ERPCODE_TEST_MONGODB is not set: the MongoDB conformance suite needs a MongoDB connection string (a replica set for the transaction cases)";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>The connection string; skips the calling test, with the reason, when none is set.</summary>
    public static string RequireConnectionString()
    {
        if (ConnectionString is { } connectionString)
        {
            return connectionString;
        }

        Assert.Skip(SkipReason);
        throw new System.Diagnostics.UnreachableException();
    }
}
