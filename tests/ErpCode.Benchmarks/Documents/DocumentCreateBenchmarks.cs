using BenchmarkDotNet.Attributes;
using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Documents;
using ErpCode.Core.Storage.Values;

namespace ErpCode.Benchmarks.Documents;

/// <summary>
/// Creating a sale order of 20 lines through the document service on the embedded store: coercion, defaults,
/// computed amounts and total, validation (FluentValidation and a constraint expression), the reference check, a
/// pattern id, stamps and a history entry, all in one transaction. The baseline writes the already-built stored
/// body and a history entry straight into the store in one transaction (what any create must at least pay).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DocumentCreateBenchmarks
{
    private DocumentBenchSite _site = null!;
    private DocumentValue _input = null!;
    private DocumentValue _storedBody = null!;
    private int _raw;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = await DocumentBenchSite.CreateAsync();
        await BenchDefinitions.InstallSalesAsync(_site);
        var customer = await _site.Documents.CreateAsync("Person", DocumentValue.Create(("Name", "Ann"), ("Email", "ann@example.com")), _site.Caller);
        _input = BenchDefinitions.Order(customer.Id, 20);
        var sample = await _site.Documents.CreateAsync("SaleOrder", _input, _site.Caller);
        _storedBody = (await _site.Store.Collection("SaleOrder").GetAsync(sample.Id)).Body;
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _site.DisposeAsync();

    [Benchmark]
    public async Task<BusinessDocument> CreateThroughDocumentService() =>
        await _site.Documents.CreateAsync("SaleOrder", _input, _site.Caller);

    [Benchmark(Baseline = true)]
    public async Task<StoredDocument> RawStoreInsertWithHistory()
    {
        var id = $"RAW-{Interlocked.Increment(ref _raw)}-{Guid.NewGuid():N}";
        await using var transaction = await _site.Store.BeginTransactionAsync();
        var stored = await transaction.Collection("SaleOrder").InsertAsync(new NewDocument(id, _storedBody, "SaleOrder"));
        await transaction.Collection("document_history").InsertAsync(new NewDocument(Guid.NewGuid().ToString("N"), DocumentValue.Create(("sequence", 1), ("action", "Created")), "SaleOrder", id));
        await transaction.CommitAsync();
        return stored;
    }
}
