using ErpCode.Core.Storage;
using ErpCode.Storage.Conformance;

namespace ErpCode.Storage.Sqlite.Tests;

/// <summary>The store conformance suite on the embedded SQLite store, one temporary file per test.</summary>
public sealed class SqliteDocumentStoreConformanceTests : DocumentStoreConformanceTests
{
    protected override Task<IDocumentStore> CreateStoreAsync() =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(SqliteTestFiles.Options(SqliteTestFiles.NewPath())));

    protected override Task<IDocumentStore> OpenSameStoreAsync(IDocumentStore store) =>
        Task.FromResult<IDocumentStore>(new SqliteDocumentStore(SqliteTestFiles.Options(((SqliteDocumentStore)store).FilePath)));

    protected override async Task DeleteStoreAsync(IDocumentStore store)
    {
        await store.DisposeAsync();
        SqliteTestFiles.Delete(((SqliteDocumentStore)store).FilePath);
    }
}
