using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using BenchmarkDotNet.Attributes;
using ErpCode.Core.Components;
using ErpCode.Scripting;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Snapshots;
using Jint;
using Jint.Native;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ErpCode.Benchmarks.Scripting;

/// <summary>
/// Call overhead of stored code: the 100-line order totals (<see cref="OrderTotals"/>) compiled into the host (the
/// baseline), as a stored Document component called four ways, and in Jint 4. Ratio reads "variant / host".
/// <list type="bullet">
/// <item><c>Component_NoCheckpoints</c>: the component's source compiled by Roslyn here without the sandbox and the
/// checkpoint rewrite (same options and references), loaded into a collectible context and called through a delegate:
/// what running from a separate, collectible assembly costs by itself.</item>
/// <item><c>Component_Direct</c>: the loaded method through a delegate on a bound instance, outside any run, so every
/// checkpoint takes its cheapest path (a thread-static countdown).</item>
/// <item><c>Component_DirectInBudget</c>: the same inside a Document budget (5 s, 256 MiB, 256 calls): the real checkpoint cost.</item>
/// <item><c>Component_Invoker</c>: what a request does: lease the snapshot, <see cref="ErpCode.Scripting.Invocation.ComponentInvoker.CallMethod"/>
/// (method lookup, new instance, budget, reflection invoke), release the lease.</item>
/// <item><c>Host_Double</c>, <c>Component_Double</c>: the same logic in binary doubles, the numbers Jint computes with
/// (values read as stored decimals, converted once), compiled into the host and called as a component through the
/// invoker: the engine comparison with Jint on equal arithmetic, next to the decimal figures business code runs.
/// <c>Host_DoubleArray</c> is the double arithmetic alone, over a plain array, no accessor.</item>
/// <item><c>Jint_*</c>: the same logic in JavaScript over JS objects parsed once (Jint's best case: no CLR interop per
/// property), called with <c>Engine.Invoke</c> on a prepared function; <c>Unconstrained</c> has no limits,
/// <c>Constrained</c> has TimeoutInterval 5 s, LimitMemory 256 MiB and LimitRecursion 256 (the Document budget; no MaxStatements).</item>
/// </list>
/// <see cref="Data"/> picks the document behind the C# variants: <c>Stored</c> is ErpCode's own IDocumentAccess over a
/// stored body (what production runs), <c>Plain</c> a lean dictionary-backed one, so accessor cost does not hide the checkpoints.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ScriptingCallBenchmarks
{
    private ScriptingBenchSite _site = null!;
    private SnapshotLease _held = null!;
    private IDocumentAccess _document = null!;
    private ScriptContext _context = null!;
    private HostSaleOrder _host = null!;
    private HostDoubleSaleOrder _hostDouble = null!;
    private HostDoubleArraySaleOrder _hostDoubleArray = null!;
    private Func<decimal> _component = null!;
    private Func<decimal> _uncheckpointed = null!;
    private AssemblyLoadContext? _uncheckpointedContext;
    private Func<IDisposable> _beginDocumentBudget = null!;
    private Engine _jint = null!;
    private Engine _jintConstrained = null!;
    private JsValue _jsTotals = null!;
    private JsValue _jsTotalsConstrained = null!;
    private JsValue _jsOrder = null!;
    private JsValue _jsOrderConstrained = null!;

    [Params("Stored", "Plain")]
    public string Data { get; set; } = "Stored";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _site = await ScriptingBenchSite.CreateAsync();
        await _site.SaveValidAsync(OrderTotals.Reference, ComponentKind.Document, OrderTotals.ComponentSource);
        await _site.SaveValidAsync(OrderTotals.DoubleReference, ComponentKind.Document, OrderTotals.DoubleComponentSource);
        await _site.RefreshCleanAsync();
        _document = Data == "Stored" ? OrderTotals.StoredDocument() : OrderTotals.PlainDocument();
        _context = _site.Context();
        _host = new HostSaleOrder(_document);
        _hostDouble = new HostDoubleSaleOrder(_document);
        _hostDoubleArray = new HostDoubleArraySaleOrder(OrderTotals.Lines);

        // The loaded class, bound once, called through a delegate: no lookup, no reflection invoke.
        _held = _site.Runtime.Lease();
        var type = _held.Snapshot.Components[OrderTotals.Reference].DocumentType!;
        var instance = (DocumentClass)Activator.CreateInstance(type)!;
        typeof(DocumentClass).GetMethod("Bind", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(instance, [_document, _context, false]);
        _component = type.GetMethod(OrderTotals.Method)!.CreateDelegate<Func<decimal>>(instance);
        _beginDocumentBudget = DocumentBudget();
        (_uncheckpointed, _uncheckpointedContext) = CompileWithoutCheckpoints(_document, _context);

        _jint = new Engine();
        _jintConstrained = new Engine(options => options
            .TimeoutInterval(TimeSpan.FromSeconds(5))
            .LimitMemory(256L * 1024 * 1024)
            .LimitRecursion(256));
        (_jsTotals, _jsOrder) = PrepareJint(_jint);
        (_jsTotalsConstrained, _jsOrderConstrained) = PrepareJint(_jintConstrained);

        var expected = OrderTotals.Expected();
        Verify("host", Host(), expected);
        Verify("component (no checkpoints)", Component_NoCheckpoints(), expected);
        Verify("component (direct)", Component_Direct(), expected);
        Verify("component (in budget)", Component_DirectInBudget(), expected);
        Verify("component (invoker)", Component_Invoker(), expected);
        var js = Jint_Unconstrained();
        if (Math.Abs(Host_Double() - js) > 1e-6 || Host_DoubleArray() != Host_Double() || Component_Double() != Host_Double())
        {
            throw new InvalidOperationException($"The double variants computed {Host_Double()} (host), {Host_DoubleArray()} (array), {Component_Double()} (component), Jint {js}.");
        }

        Console.WriteLine($"// Totals: C# {expected} (decimal), Jint {js:R} (double), difference {(decimal)js - expected}");
        if (Math.Abs((decimal)js - expected) > 1m || Math.Abs(Jint_Constrained() - js) > 0)
        {
            throw new InvalidOperationException($"Jint computed {js}, C# {expected}.");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _held.Dispose();
        _uncheckpointedContext?.Unload();
        _jint.Dispose();
        _jintConstrained.Dispose();
        await _site.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public decimal Host() => _host.Totals();

    /// <summary>The host's code in binary doubles over the same document: the baseline of <see cref="Component_Double"/>.</summary>
    [Benchmark]
    public double Host_Double() => _hostDouble.Totals();

    /// <summary>The double arithmetic alone: the lines in a plain array, no accessor.</summary>
    [Benchmark]
    public double Host_DoubleArray() => _hostDoubleArray.Totals();

    /// <summary>The double component through the invoker, as <see cref="Component_Invoker"/> calls the decimal one.</summary>
    [Benchmark]
    public double Component_Double()
    {
        using var lease = _site.Runtime.Lease();
        return (double)_site.Invoker.CallMethod(lease, OrderTotals.DoubleReference, OrderTotals.Method, _document, _context, [])!;
    }

    [Benchmark]
    public decimal Component_NoCheckpoints() => _uncheckpointed();

    [Benchmark]
    public decimal Component_Direct() => _component();

    [Benchmark]
    public decimal Component_DirectInBudget()
    {
        using (_beginDocumentBudget())
        {
            return _component();
        }
    }

    [Benchmark]
    public decimal Component_Invoker()
    {
        using var lease = _site.Runtime.Lease();
        return (decimal)_site.Invoker.CallMethod(lease, OrderTotals.Reference, OrderTotals.Method, _document, _context, [])!;
    }

    [Benchmark]
    public double Jint_Unconstrained() => _jint.Invoke(_jsTotals, _jsOrder).AsNumber();

    [Benchmark]
    public double Jint_Constrained() => _jintConstrained.Invoke(_jsTotalsConstrained, _jsOrderConstrained).AsNumber();

    private static (JsValue Totals, JsValue Order) PrepareJint(Engine engine)
    {
        engine.Execute(OrderTotals.JavaScriptSource);
        engine.Execute("var order = " + OrderTotals.Json() + ";");
        return (engine.GetValue("totals"), engine.GetValue("order"));
    }

    /// <summary>
    /// <c>() =&gt; Budget.Begin(limits of Document, default)</c>: Budget.Begin and the limits are internal to the contract
    /// assembly, which has no InternalsVisibleTo for the benchmarks, so the call is compiled once from an expression.
    /// </summary>
    private static Func<IDisposable> DocumentBudget()
    {
        var limits = typeof(ScriptBudgetOptions).GetMethod("LimitsFor", BindingFlags.Instance | BindingFlags.NonPublic)!
            .Invoke(new ScriptBudgetOptions(), [ComponentKind.Document])!;
        var begin = typeof(DocumentClass).Assembly.GetType("ErpCode.Scripting.Runtime.Budget", throwOnError: true)!
            .GetMethod("Begin", BindingFlags.Static | BindingFlags.NonPublic)!;
        var call = Expression.Call(begin, Expression.Constant(limits), Expression.Default(typeof(CancellationToken)));
        return Expression.Lambda<Func<IDisposable>>(Expression.Convert(call, typeof(IDisposable))).Compile();
    }

    /// <summary>The component's source as ComponentCompiler builds a Document class, minus the sandbox and the checkpoint rewrite.</summary>
    private static (Func<decimal> Totals, AssemblyLoadContext Context) CompileWithoutCheckpoints(IDocumentAccess document, ScriptContext context)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
        var usings = CSharpSyntaxTree.ParseText(string.Concat(ComponentCompiler.DefaultUsings.Select(u => $"global using {u};\n")), parse);
        var tree = CSharpSyntaxTree.ParseText(OrderTotals.ComponentSource, parse, "SaleOrder (Document, v1)", Encoding.UTF8);
        var compilation = CSharpCompilation.Create(
            "erp.SaleOrder.nocheckpoints",
            [usings, tree],
            new ScriptReferences().References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("; ", result.Diagnostics));
        }

        image.Position = 0;
        var loadContext = new AssemblyLoadContext("erpcode-nocheckpoints", isCollectible: true);
        var type = loadContext.LoadFromStream(image).GetType(OrderTotals.Reference, throwOnError: true)!;
        var instance = (DocumentClass)Activator.CreateInstance(type)!;
        typeof(DocumentClass).GetMethod("Bind", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(instance, [document, context, false]);
        return (type.GetMethod(OrderTotals.Method)!.CreateDelegate<Func<decimal>>(instance), loadContext);
    }

    private static void Verify(string what, decimal actual, decimal expected)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"The {what} computed {actual}, expected {expected}.");
        }
    }
}
