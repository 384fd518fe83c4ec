using ErpCode.Core.Components;
using ErpCode.Core.Storage.Values;
using ErpCode.Scripting.Compilation;
using ErpCode.Scripting.Globals;
using ErpCode.Scripting.Invocation;
using ErpCode.Scripting.Tests.Components;

namespace ErpCode.Scripting.Tests.Compilation;

/// <summary>Over many edits, the compile cache keeps what the running snapshot uses and lets superseded versions go.</summary>
public sealed class CacheAcrossEditsTests
{
    private const string Pricing = """
        public static class Pricing
        {
            public static decimal WithVat(decimal net) => Math.Round(net * 1.2m, 2, MidpointRounding.AwayFromZero);
        }
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string SaleOrder(int edit) => $$"""
        public class SaleOrder : DocumentClass
        {
            public decimal Total() => Pricing.WithVat(Document.GetDecimal("Net"));

            public void Fail() => throw new InvalidOperationException("edit {{edit}}");
        }
        """;

    [Fact]
    public async Task A_cache_without_room_for_superseded_versions_keeps_only_what_runs()
    {
        // Arrange
        await using var site = await ScriptingTestSite.CreateAsync(compiler: new ComponentCompiler(unusedCacheBytes: 0));
        await SaveAsync(site, "Pricing", ComponentKind.Module, Pricing);

        // Act
        for (var edit = 1; edit <= 10; edit++)
        {
            await SaveAsync(site, "SaleOrder", ComponentKind.Document, SaleOrder(edit));
            await site.Runtime.RefreshAsync(Ct);
        }

        // Assert: the modules and the tenth SaleOrder.
        Assert.Equal(2, site.Compiler.Cache.Count);
        Assert.Equal("SaleOrder (Document, v10) line 5", Assert.Throws<StoredCodeException>(() => Call(site, "Fail")).Location);
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
