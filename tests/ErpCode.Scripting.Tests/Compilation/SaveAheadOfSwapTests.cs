using ErpCode.Core.Components;
using ErpCode.Core.Storage.Values;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Tests.Components;

namespace ErpCode.Scripting.Tests.Compilation;

/// <summary>A save's check emits what the swap loads, under the key the snapshot build looks up, so nothing compiles twice.</summary>
public sealed class SaveAheadOfSwapTests
{
    private static string Pricing(string rate) => $$"""
        public static class Pricing
        {
            public static decimal WithVat(decimal net) => Math.Round(net * {{rate}}m, 2, MidpointRounding.AwayFromZero);
        }
        """;

    private static string SaleOrder(int edit) => $$"""
        public class SaleOrder : DocumentClass
        {
            public decimal Total() => Pricing.WithVat(Document.GetDecimal("Net"));

            public void Fail() => throw new InvalidOperationException("edit {{edit}}");
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_saved_edit_is_compiled_by_the_save_and_loaded_by_the_swap_without_compiling_again()
    {
        // Arrange
        await using var site = await ScriptingTestSite.CreateAsync(compiler: new ComponentCompiler());
        await SaveAsync(site, "Pricing", ComponentKind.Module, Pricing("1.2"));
        await SaveAsync(site, "SaleOrder", ComponentKind.Document, SaleOrder(1));
        await site.Runtime.RefreshAsync(Ct);
        var before = site.Compiler.Cache.Count;

        // Act
        await SaveAsync(site, "SaleOrder", ComponentKind.Document, SaleOrder(2));
        var afterSave = site.Compiler.Cache.Count;
        await site.Runtime.RefreshAsync(Ct);
        var afterSwap = site.Compiler.Cache.Count;

        // Assert: one new assembly, built by the save; the swap runs it as version 2.
        Assert.Equal(before + 1, afterSave);
        Assert.Equal(afterSave, afterSwap);
        var failure = Assert.Throws<StoredCodeException>(() => Call(site, "Fail"));
        Assert.Equal("SaleOrder (Document, v2) line 5", failure.Location);
        Assert.Equal(120.00m, Call(site, "Total"));
    }

    [Fact]
    public async Task A_saved_module_is_compiled_by_the_save_and_only_its_dependents_compile_at_the_swap()
    {
        // Arrange
        await using var site = await ScriptingTestSite.CreateAsync(compiler: new ComponentCompiler());
        await SaveAsync(site, "Pricing", ComponentKind.Module, Pricing("1.2"));
        await SaveAsync(site, "SaleOrder", ComponentKind.Document, SaleOrder(1));
        await site.Runtime.RefreshAsync(Ct);
        var before = site.Compiler.Cache.Count;

        // Act
        await SaveAsync(site, "Pricing", ComponentKind.Module, Pricing("1.1"));
        var afterSave = site.Compiler.Cache.Count;
        await site.Runtime.RefreshAsync(Ct);
        var afterSwap = site.Compiler.Cache.Count;

        // Assert: the modules assembly came from the save; the swap compiled SaleOrder against it, nothing else.
        Assert.Equal(before + 1, afterSave);
        Assert.Equal(afterSave + 1, afterSwap);
        Assert.Equal(110.00m, Call(site, "Total"));
    }

    [Fact]
    public async Task A_save_with_errors_leaves_nothing_in_the_cache()
    {
        // Arrange
        await using var site = await ScriptingTestSite.CreateAsync(compiler: new ComponentCompiler());

        // Act
        var saved = await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, "public class SaleOrder : DocumentClass { public int X() => y; }", TestCallers.Ann, Ct);

        // Assert
        Assert.Equal(ComponentValidationState.Draft, saved.ValidationState);
        Assert.Equal(0, site.Compiler.Cache.Count);
    }

    private static async Task SaveAsync(ScriptingTestSite site, string reference, ComponentKind kind, string source)
    {
        var saved = await site.Components.SaveAsync(reference, kind, source, TestCallers.Ann, Ct);
        Assert.True(saved.ValidationState == ComponentValidationState.Validated, string.Join("; ", saved.Diagnostics));
    }

    private static object? Call(ScriptingTestSite site, string method)
    {
        using var lease = site.Runtime.Lease();
        var document = ScriptContextFactory.Document("SO-1", "SaleOrder", DocumentValue.Create(("Net", 100m)));
        return site.Invoker.CallMethod(lease, "SaleOrder", method, document, site.Context(), [], Ct);
    }
}
