using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ErpCode.Core.Security;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Expressions;

namespace ErpCode.Benchmarks.Documents;

/// <summary>
/// One evaluation of a definition's expression (a line amount, Quantity × Price) through the expression compiler's
/// public contract: globals, budget scope, the call. The baseline is the same arithmetic read from the same
/// document in host code.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ExpressionEvaluateBenchmarks
{
    private DocumentBenchSite _site = null!;
    private ExpressionSet _set = null!;
    private CompiledExpression _amount = null!;
    private ExpressionScope _scope = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = await DocumentBenchSite.CreateAsync();
        var compiler = _site.Expressions;
        _set = compiler.Compile([new ExpressionSource("Amount", "Document.GetDecimal(\"Quantity\") * Document.GetDecimal(\"Price\")", ExpressionRole.Computed)]);
        _amount = _set.Find("Amount") ?? throw new InvalidOperationException("The expression did not compile.");
        _scope = new ExpressionScope(
            DocumentValue.Create(("Product", "Pen"), ("Quantity", 3m), ("Price", 1.10m)),
            "1",
            "SaleOrderLine",
            new Caller("bench", ImmutableArray.Create("Manager")));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _set.Dispose();
        await _site.DisposeAsync();
    }

    [Benchmark]
    public object? EvaluateStoredExpression() => _amount.Evaluate(_scope);

    [Benchmark(Baseline = true)]
    public object? HostCode() => ((DecimalValue)_scope.Document["Quantity"]).Value * ((DecimalValue)_scope.Document["Price"]).Value;
}
