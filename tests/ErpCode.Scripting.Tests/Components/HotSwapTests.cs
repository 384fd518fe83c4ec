using System.Diagnostics;
using System.Runtime.CompilerServices;
using ErpCode.Core.Components;
using ErpCode.Core.Storage.Values;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Snapshots;

namespace ErpCode.Scripting.Tests.Components;

public sealed class HotSwapTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Order(string body) => $$"""
        public class SaleOrder : DocumentClass
        {
            {{body}}
        }
        """;

    private static IDocumentAccess OrderDocument() => ScriptContextFactory.Document(
        "SO-1",
        "SaleOrder",
        DocumentValue.Create(("Lines", new ArrayValue(DocumentValue.Create(("Amount", 60.25m)), DocumentValue.Create(("Amount", 39.75m))))));

    private static object? Call(ScriptingTestSite site, string method)
    {
        using var lease = site.Runtime.Lease();
        return site.Invoker.CallMethod(lease, "SaleOrder", method, OrderDocument(), site.Context(), [], TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task An_edit_changes_behaviour_without_a_restart()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Order("public decimal Total() => Document.GetList(\"Lines\").Sum(l => l.GetDecimal(\"Amount\"));"), TestCallers.Ann, Ct);
        await site.Runtime.RefreshAsync(Ct);
        Assert.Equal(100.00m, Call(site, "Total"));

        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Order("public decimal Total() => Document.GetList(\"Lines\").Sum(l => l.GetDecimal(\"Amount\")) * 1.2m;"), TestCallers.Ann, Ct);
        await site.Runtime.RefreshAsync(Ct);

        Assert.Equal(120.000m, Call(site, "Total"));
    }

    [Fact]
    public async Task A_failed_compile_keeps_the_old_behaviour_and_shows_diagnostics()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Order("public string Hello() => \"v1\";"), TestCallers.Ann, Ct);
        await site.Runtime.RefreshAsync(Ct);

        var saved = await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Order("public string Hello() => v2;"), TestCallers.Ann, Ct);
        await site.Runtime.RefreshAsync(Ct);

        Assert.Equal(ComponentValidationState.Modified, saved.ValidationState);
        Assert.Contains(saved.Diagnostics, d => d.Line == 3 && d.Message.Contains("v2", StringComparison.Ordinal));
        Assert.Equal("v1", Call(site, "Hello"));
    }

    [Fact]
    public async Task An_in_flight_call_finishes_on_the_old_code_and_the_old_code_unloads_afterwards()
    {
        await using var site = await ScriptingTestSite.CreateAsync();

        var oldCode = await CallAcrossASwapAsync(site);

        Assert.Equal("new", Call(site, "Hello"));
        Assert.True(WaitForUnload(oldCode), "the retired snapshot's load context was not collected");
    }

    /// <summary>Leases the old code, swaps in the new, finishes the call on the old; returns a weak handle on the old code.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> CallAcrossASwapAsync(ScriptingTestSite site)
    {
        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Order("public string Hello() => \"old\";"), TestCallers.Ann, Ct);
        var first = await site.Runtime.RefreshAsync(Ct);
        using var inFlight = site.Runtime.Lease();

        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Order("public string Hello() => \"new\";"), TestCallers.Ann, Ct);
        await site.Runtime.RefreshAsync(Ct);

        Assert.Same(first, inFlight.Snapshot);
        Assert.True(first.IsRetired);
        Assert.Equal("old", site.Invoker.CallMethod(inFlight, "SaleOrder", "Hello", OrderDocument(), site.Context(), [], Ct));
        Assert.Equal("new", Call(site, "Hello"));
        return first.Unloaded;
    }

    [Fact]
    public async Task A_second_node_on_the_same_store_runs_the_change_within_a_second()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        var second = await site.OpenSecondNode();
        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Order("public string Hello() => \"v1\";"), TestCallers.Ann, Ct);
        await second.Runtime.RefreshAsync(Ct);
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var watch = second.Runtime.WatchAsync(watching.Token);

        var saved = Stopwatch.StartNew();
        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Order("public string Hello() => \"v2\";"), TestCallers.Ann, Ct);
        var revision = await site.Store.GetRevisionAsync(Ct);
        while (second.Runtime.Current.Revision != revision && saved.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10, Ct);
        }

        var seenAfter = saved.Elapsed;
        await watching.CancelAsync();
        await watch;
        Assert.Equal("v2", Call(second, "Hello"));
        Assert.True(seenAfter < TimeSpan.FromSeconds(1), $"the second node ran the change after {seenAfter.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task An_exception_in_stored_code_names_the_component_version_and_line()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Order("public string Hello() => \"v1\";"), TestCallers.Ann, Ct);
        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, """
            public class SaleOrder : DocumentClass
            {
                public void Confirm()
                {
                    var lines = Document.GetList("Lines");
                    if (lines.Count > 0)
                    {
                        throw new InvalidOperationException("credit limit exceeded");
                    }
                }
            }
            """, TestCallers.Ann, Ct);
        await site.Runtime.RefreshAsync(Ct);

        var ex = Assert.Throws<StoredCodeException>(() => Call(site, "Confirm"));

        Assert.Equal("SaleOrder (Document, v2) line 8", ex.Location);
        Assert.Contains("credit limit exceeded", ex.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public async Task Scripts_and_expressions_run_over_their_globals_and_modules_are_shared()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("Pricing", ComponentKind.Module, """
            public static class Pricing
            {
                public static decimal WithVat(decimal net) => Math.Round(net * 1.2m, 2, MidpointRounding.AwayFromZero);
            }
            """, TestCallers.Ann, Ct);
        await site.Components.SaveAsync("IsLarge", ComponentKind.Expression, "Pricing.WithVat(Document!.GetList(\"Lines\").Sum(l => l.GetDecimal(\"Amount\"))) > 100m", TestCallers.Ann, Ct);
        await site.Components.SaveAsync("Describe", ComponentKind.Script, """
            var count = Document!.GetList("Lines").Count;
            Log.Info($"{count} lines");
            return $"{User.Name}: {count} lines";
            """, TestCallers.Ann, Ct);
        await site.Runtime.RefreshAsync(Ct);
        using var lease = site.Runtime.Lease();

        Assert.Empty(site.Runtime.Current.Problems);
        Assert.All(await site.Components.ListAsync(Ct), c => Assert.True(c.ValidationState == ComponentValidationState.Validated, $"{c.Reference}: {string.Join("; ", c.Diagnostics)}"));
        Assert.Equal(true, site.Invoker.RunScript(lease, "IsLarge", OrderDocument(), site.Context(), Ct));
        Assert.Equal("tester: 2 lines", site.Invoker.RunScript(lease, "Describe", OrderDocument(), site.Context(), Ct));
    }

    [Fact]
    public async Task Runaway_code_is_stopped_by_its_budget_and_the_host_carries_on()
    {
        var budgets = new ErpCode.Scripting.Budgets.ScriptBudgetOptions { Document = new ErpCode.Scripting.Budgets.ComponentBudgetOptions { Timeout = "00:00:00.500" } };
        await using var site = await ScriptingTestSite.CreateAsync(budgets);
        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Order("""
            public int Spin() { var i = 0; while (true) { try { i++; } catch (Exception) { } } }
                public string Hello() => "still here";
            """), TestCallers.Ann, Ct);
        await site.Runtime.RefreshAsync(Ct);

        var started = Stopwatch.StartNew();
        var ex = Assert.Throws<StoredCodeException>(() => Call(site, "Spin"));

        Assert.IsAssignableFrom<ErpCode.Scripting.Runtime.ScriptBudgetException>(ex.InnerException);
        Assert.StartsWith("SaleOrder (Document, v1) line 3", ex.Location, StringComparison.Ordinal);
        Assert.IsType<ErpCode.Scripting.Runtime.ScriptTimeoutException>(ex.InnerException);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {started.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal("still here", Call(site, "Hello"));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool WaitForUnload(WeakReference weak)
    {
        for (var i = 0; i < 50 && weak.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Thread.Sleep(20);
        }

        return !weak.IsAlive;
    }
}
