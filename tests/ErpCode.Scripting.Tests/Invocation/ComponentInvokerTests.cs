using ErpCode.Core.Components;
using ErpCode.Core.Storage.Values;
using ErpCode.Scripting.Budgets;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Runtime;
using ErpCode.Scripting.Tests.Components;

namespace ErpCode.Scripting.Tests.Invocation;

public sealed class ComponentInvokerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_kind_keeps_its_own_budget_across_calls()
    {
        // Arrange: expressions may nest 10 calls, scripts the default 256; both call the same 30-deep module method.
        var budgets = new ScriptBudgetOptions { Expression = new ComponentBudgetOptions { MaxRecursionDepth = "10" } };
        await using var site = await ScriptingTestSite.CreateAsync(budgets);
        await site.Components.SaveAsync("Deep", ComponentKind.Module, """
            public static class Deep
            {
                public static int Count(int n) => n == 0 ? 0 : 1 + Count(n - 1);
            }
            """, TestCallers.Ann, Ct);
        await site.Components.SaveAsync("DeepExpression", ComponentKind.Expression, "Deep.Count(30)", TestCallers.Ann, Ct);
        await site.Components.SaveAsync("DeepScript", ComponentKind.Script, "return Deep.Count(30);", TestCallers.Ann, Ct);
        await site.Runtime.RefreshAsync(Ct);
        Assert.Empty(site.Runtime.Current.Problems);
        using var lease = site.Runtime.Lease();
        var document = ScriptContextFactory.Document("D-1", "Deep", DocumentValue.Empty);

        // Act: expression, script, expression again, so limits kept from one kind's run would show in the next.
        var first = Assert.Throws<StoredCodeException>(() => site.Invoker.RunScript(lease, "DeepExpression", document, site.Context(), Ct));
        var script = site.Invoker.RunScript(lease, "DeepScript", document, site.Context(), Ct);
        var second = Assert.Throws<StoredCodeException>(() => site.Invoker.RunScript(lease, "DeepExpression", document, site.Context(), Ct));

        // Assert
        Assert.Equal(10, Assert.IsType<ScriptRecursionException>(first.InnerException).MaxRecursionDepth);
        Assert.Equal(30, script);
        Assert.Equal(10, Assert.IsType<ScriptRecursionException>(second.InnerException).MaxRecursionDepth);
    }

    [Fact]
    public async Task A_bad_budget_entry_fails_every_call_of_its_kind_naming_the_key()
    {
        // Arrange: options that skipped validation (validation at start normally stops the host first).
        var budgets = new ScriptBudgetOptions { Expression = new ComponentBudgetOptions { Timeout = "soon" } };
        await using var site = await ScriptingTestSite.CreateAsync(budgets);
        await site.Components.SaveAsync("One", ComponentKind.Expression, "1", TestCallers.Ann, Ct);
        await site.Runtime.RefreshAsync(Ct);
        using var lease = site.Runtime.Lease();

        // Act
        var first = Assert.Throws<InvalidOperationException>(() => site.Invoker.RunScript(lease, "One", null, site.Context(), Ct));
        var second = Assert.Throws<InvalidOperationException>(() => site.Invoker.RunScript(lease, "One", null, site.Context(), Ct));

        // Assert
        Assert.StartsWith("Scripting:Budgets:Expression:Timeout 'soon'", first.Message, StringComparison.Ordinal);
        Assert.Equal(first.Message, second.Message);
    }
}
