using ErpCode.Core.Components;
using ErpCode.Core.Security.Audit;

namespace ErpCode.Scripting.Tests.Components;

public sealed class ComponentServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Valid = """
        public class SaleOrder : DocumentClass
        {
            public decimal Total() => Document.GetList("Lines").Sum(l => l.GetDecimal("Amount"));
        }
        """;

    [Fact]
    public async Task Saving_source_that_compiles_validates_it_raises_the_revision_and_records_history()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        var before = await site.Store.GetRevisionAsync(Ct);

        var saved = await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Valid, TestCallers.Ann, Ct);

        Assert.Equal(ComponentValidationState.Validated, saved.ValidationState);
        Assert.Equal(1, saved.Version);
        Assert.Equal(Valid, saved.ValidatedSource);
        Assert.Empty(saved.Diagnostics.Where(d => d.Severity == "Error"));
        Assert.Equal(before + 1, await site.Store.GetRevisionAsync(Ct));
        var history = Assert.Single(await site.Components.HistoryAsync("SaleOrder", Ct));
        Assert.Equal(("ann", Valid, ComponentValidationState.Validated), (history.Author, history.Source, history.ValidationState));
        var audited = Assert.Single(site.Audit.Events);
        Assert.Equal((AuditKinds.CodeChanged, "ann", "Component SaleOrder"), (audited.Kind, audited.Actor, audited.Target));
    }

    [Fact]
    public async Task Saving_source_that_does_not_compile_keeps_it_as_modified_with_diagnostics_and_keeps_the_validated_version()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Valid, TestCallers.Ann, Ct);
        var revision = await site.Store.GetRevisionAsync(Ct);
        const string broken = """
            public class SaleOrder : DocumentClass
            {
                public decimal Total() => Document.GetDecimal("Total") +;
            }
            """;

        var saved = await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, broken, TestCallers.Bob, Ct);

        Assert.Equal(ComponentValidationState.Modified, saved.ValidationState);
        Assert.Equal(broken, saved.Source);
        Assert.Equal(Valid, saved.ValidatedSource);
        Assert.Equal(1, saved.Version);
        var error = Assert.Single(saved.Diagnostics, d => d.Severity == "Error");
        Assert.Equal(3, error.Line);
        Assert.Equal(revision, await site.Store.GetRevisionAsync(Ct));
        var reread = await site.Components.FindAsync("SaleOrder", Ct);
        Assert.Equal(saved with { StoreVersion = reread!.StoreVersion }, reread with { Diagnostics = saved.Diagnostics });
        Assert.Equal(2, (await site.Components.HistoryAsync("SaleOrder", Ct)).Count);
    }

    [Fact]
    public async Task A_first_save_that_does_not_compile_is_a_draft_that_does_not_run()
    {
        await using var site = await ScriptingTestSite.CreateAsync();

        var saved = await site.Components.SaveAsync("Broken", ComponentKind.Script, "return undefinedThing;", TestCallers.Ann, Ct);

        Assert.Equal(ComponentValidationState.Draft, saved.ValidationState);
        Assert.False(saved.Runs);
        Assert.Contains(saved.Diagnostics, d => d.Message.Contains("undefinedThing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sandbox_violations_are_diagnostics_naming_the_symbol_and_line()
    {
        await using var site = await ScriptingTestSite.CreateAsync();

        var saved = await site.Components.SaveAsync("Sneaky", ComponentKind.Script, "var x = 1;\nreturn System.IO.File.ReadAllText(\"/etc/passwd\");", TestCallers.Ann, Ct);

        Assert.Equal(ComponentValidationState.Draft, saved.ValidationState);
        var error = Assert.Single(saved.Diagnostics, d => d.Severity == "Error" && d.Message.Contains("System.IO.File", StringComparison.Ordinal));
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public async Task A_component_cannot_change_its_kind_or_take_an_invalid_reference()
    {
        await using var site = await ScriptingTestSite.CreateAsync();
        await site.Components.SaveAsync("SaleOrder", ComponentKind.Document, Valid, TestCallers.Ann, Ct);

        var kind = await Assert.ThrowsAsync<InvalidComponentException>(() => site.Components.SaveAsync("SaleOrder", ComponentKind.Script, "1", TestCallers.Ann, Ct));
        var name = await Assert.ThrowsAsync<InvalidComponentException>(() => site.Components.SaveAsync("Sale Order", ComponentKind.Script, "1", TestCallers.Ann, Ct));

        Assert.Contains("Document", kind.Message, StringComparison.Ordinal);
        Assert.Equal("Sale Order", name.Reference);
    }
}
