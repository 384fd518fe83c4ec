using System.Diagnostics;
using ErpCode.Core.Components;
using ErpCode.Core.Storage.Collections;
using ErpCode.Core.Storage.Values;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Tests.Components;

/// <summary>
/// Hostile code that passes the sandbox but misbehaves at run time, through the real pipeline (store, compiler,
/// rewriter, load context, invoker): each call is stopped within its budget or fails with its own exception,
/// names the component and line, writes nothing, and the site keeps serving the next call.
/// </summary>
public sealed class RunawayCodeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Hostile = """
        public class Hostile : DocumentClass
        {
            public int Loop() { var i = 0; while (true) { i++; } }
            public int Recurse(int n) => Recurse(n + 1) + 1;
            public int Allocate() { var all = new List<byte[]>(); while (true) { all.Add(new byte[1024 * 1024]); } }
            public int Doubling() { var s = "x"; while (true) { s = s + s; } }
            public int SwallowEverything() { while (true) { try { while (true) { } } catch (Exception) { } catch { } } }
            public int EndlessFinally() { try { return 1; } finally { while (true) { } } }
            public string BadToString() => new Evil().ToString();
            public int BadDispose() { using (var e = new Evil()) { return 1; } }
            public bool Backtrack() => System.Text.RegularExpressions.Regex.IsMatch(new string('a', 40) + "!", "^(a+)+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(100));
            public long Overflow() { long total = long.MaxValue; for (long i = 0; i < long.MaxValue; i++) { total = unchecked(total + i); } return total; }
            public int WriteThenLoop() { Context.Portal.Create("victims", "V-1", null, new Dictionary<string, object?> { ["x"] = 1 }); while (true) { } }
            public string Hello() => "alive";
        }

        public sealed class Evil : IDisposable
        {
            public override string ToString() => throw new InvalidOperationException("ToString refused");
            public void Dispose() => throw new InvalidOperationException("Dispose refused");
        }
        """;

    public static TheoryData<string, Type, int> Cases => new()
    {
        { "Loop", typeof(ScriptTimeoutException), 3 },
        { "Recurse", typeof(ScriptRecursionException), 4 },
        { "Allocate", typeof(ScriptAllocationException), 5 },
        { "Doubling", typeof(ScriptBudgetException), 6 },
        { "SwallowEverything", typeof(ScriptTimeoutException), 7 },
        { "EndlessFinally", typeof(ScriptTimeoutException), 8 },
        { "BadToString", typeof(InvalidOperationException), 19 },
        { "BadDispose", typeof(InvalidOperationException), 20 },
        { "Backtrack", typeof(System.Text.RegularExpressions.RegexMatchTimeoutException), 11 },
        { "Overflow", typeof(ScriptTimeoutException), 12 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Runaway_code_is_stopped_and_named_and_the_site_carries_on(string method, Type expected, int line)
    {
        await using var site = await HostileSiteAsync();
        var started = Stopwatch.StartNew();

        var ex = Assert.Throws<StoredCodeException>(() => Call(site, method, method == "Recurse" ? [0] : []));

        // String doubling allocates so much per iteration that it may meet the clock before the allocation meter.
        Assert.IsAssignableFrom(expected, ex.InnerException);
        Assert.Equal(line, ex.Line);
        Assert.StartsWith("Hostile (Document, v1)", ex.Component, StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"{method} ran {started.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal("alive", Call(site, "Hello", []));
    }

    [Fact]
    public async Task A_write_before_a_runaway_loop_is_the_only_write_and_nothing_else_is_left_half_done()
    {
        await using var site = await HostileSiteAsync();
        await site.Store.EnsureCollectionAsync(new CollectionDefinition("victims"), Ct);

        var ex = Assert.Throws<StoredCodeException>(() => Call(site, "WriteThenLoop", []));

        Assert.IsType<ScriptTimeoutException>(ex.InnerException);
        var written = await site.Store.Collection("victims").GetAsync("V-1", Ct);
        Assert.Equal(1, written.Version);
        Assert.Equal(1, await site.Store.Collection("victims").CountAsync(null, Ct));
    }

    private static async Task<ScriptingTestSite> HostileSiteAsync()
    {
        var budgets = new ScriptBudgetOptions
        {
            Document = new ComponentBudgetOptions { Timeout = "00:00:00.500", MaxAllocatedBytes = "67108864", MaxRecursionDepth = "200" },
        };
        var site = await ScriptingTestSite.CreateAsync(budgets);
        var saved = await site.Components.SaveAsync("Hostile", ComponentKind.Document, Hostile, TestCallers.Mallory, Ct);
        Assert.True(saved.ValidationState == ComponentValidationState.Validated, string.Join("; ", saved.Diagnostics));
        await site.Runtime.RefreshAsync(Ct);
        return site;
    }

    private static object? Call(ScriptingTestSite site, string method, object?[] arguments)
    {
        using var lease = site.Runtime.Lease();
        var document = ScriptContextFactory.Document("H-1", "Hostile", DocumentValue.Empty);
        return site.Invoker.CallMethod(lease, "Hostile", method, document, site.Context("Hostile"), arguments, Ct);
    }
}
