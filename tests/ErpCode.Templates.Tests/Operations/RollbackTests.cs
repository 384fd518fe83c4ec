using ErpCode.Core.Components;
using ErpCode.Core.Types.Checking;
using ErpCode.Templates.Tests.Support;

namespace ErpCode.Templates.Tests.Operations;

/// <summary>Atomic apply: whatever fails, before or inside the transaction, the site stays as it was.</summary>
public sealed class RollbackTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Install_with_a_component_that_does_not_compile_applies_nothing()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        var revision = await site.Store.GetRevisionAsync(Ct);

        var ex = await Assert.ThrowsAsync<InvalidComponentException>(() => site.Templates.InstallAsync(Fixtures.Read("bad_component"), null, null, site.Caller, Ct));

        Assert.Equal("Broken", ex.Reference);
        Assert.Contains("does not compile", ex.Message, StringComparison.Ordinal);
        await AssertUntouchedAsync(site, revision);
    }

    [Fact]
    public async Task Install_with_a_definition_problem_applies_nothing()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        var revision = await site.Store.GetRevisionAsync(Ct);

        var ex = await Assert.ThrowsAsync<InvalidDefinitionException>(() => site.Templates.InstallAsync(Fixtures.Read("bad_definition"), null, null, site.Caller, Ct));

        Assert.Contains(ex.Problems, p => p.Definition == "PortalType Widget");
        await AssertUntouchedAsync(site, revision);
    }

    [Fact]
    public async Task A_failure_inside_the_transaction_before_the_commit_leaves_the_site_as_it_was()
    {
        await using var site = await TemplateTestSite.CreateAsync();
        var revision = await site.Store.GetRevisionAsync(Ct);
        site.Templates.Applier.BeforeCommit = _ => throw new IOException("the machine went down");

        await Assert.ThrowsAsync<IOException>(() => site.Templates.InstallAsync(Fixtures.Read("tpl_base"), null, null, site.Caller, Ct));

        await AssertUntouchedAsync(site, revision);
        Assert.Null(await site.Store.Collection("Person").FindAsync("P-1", Ct));
    }

    private static async Task AssertUntouchedAsync(TemplateTestSite site, long revision)
    {
        var definitions = await site.DefinitionStore.LoadAsync(Ct);
        Assert.Empty(definitions.PortalTypes);
        Assert.Empty(definitions.Categories);
        Assert.Empty(await site.Components.ListAsync(Ct));
        Assert.Empty(await site.Templates.ListAsync(site.Caller, Ct));
        Assert.Equal(revision, await site.Store.GetRevisionAsync(Ct));
    }
}
