using ErpCode.Core.Components;
using ErpCode.Core.Sites;
using ErpCode.Core.Tests.DocumentSite;
using ErpCode.Core.Types.Definitions;

namespace ErpCode.Core.Tests.Components;

/// <summary>A component batch (a template's install) carries site action declarations: checked in PrepareAsync, written with the component and its history entry.</summary>
public sealed class ComponentServiceBatchSiteActionTests
{
    private static readonly SiteAction CustomerTotal = new()
    {
        Roles = ["Sales"],
        Parameters = [new BusinessMethodParameter("Customer", PropertyType.String, false)],
        Returns = PropertyType.Decimal,
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Save_with_an_action_writes_it_with_the_component_and_its_history_entry()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        var batch = site.Components.CreateBatch(site.Caller).Save("CustomerTotal", ComponentKind.Script, "return 0m;", null, CustomerTotal);

        await ApplyAsync(site, batch);

        var component = await site.Components.FindAsync("CustomerTotal", Ct);
        Assert.Equal((ComponentValidationState.Validated, CustomerTotal), (component!.ValidationState, component.Action));
        Assert.Equal(CustomerTotal, Assert.Single(await site.Components.HistoryAsync("CustomerTotal", Ct)).Action);
    }

    [Fact]
    public async Task Save_without_an_action_clears_the_one_the_component_had()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await site.Components.SaveAsync("CustomerTotal", ComponentKind.Script, "return 0m;", site.Caller, Ct);
        await site.Components.SetActionAsync("CustomerTotal", CustomerTotal, site.Caller, Ct);

        await ApplyAsync(site, site.Components.CreateBatch(site.Caller).Save("CustomerTotal", ComponentKind.Script, "return 1m;"));

        Assert.Null((await site.Components.FindAsync("CustomerTotal", Ct))!.Action);
        Assert.Null((await site.Components.HistoryAsync("CustomerTotal", Ct))[^1].Action);
    }

    [Fact]
    public async Task PrepareAsync_refuses_an_action_on_a_component_that_is_not_a_Script()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        var batch = site.Components.CreateBatch(site.Caller).Save("Pricing", ComponentKind.Module, "public static class Pricing { }", null, CustomerTotal);

        var refused = await Assert.ThrowsAsync<InvalidComponentException>(() => batch.PrepareAsync(Ct));

        Assert.Equal("Pricing", refused.Reference);
        Assert.Contains("it is a Module component; only a Script component can be an action of the site", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrepareAsync_refuses_a_declaration_the_rules_refuse_naming_its_problems()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        var batch = site.Components.CreateBatch(site.Caller).Save("CustomerTotal", ComponentKind.Script, "return 0m;", null, CustomerTotal with { Roles = ["Owner"] });

        var refused = await Assert.ThrowsAsync<InvalidComponentException>(() => batch.PrepareAsync(Ct));

        Assert.Equal("CustomerTotal", refused.Reference);
        Assert.Contains("the action declaration is not valid: roles: Owner is held on a document", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await site.Components.ListAsync(Ct));
    }

    /// <summary>Prepares and writes the batch in one transaction that raises the revision, then audits, as a template install does.</summary>
    private static async Task ApplyAsync(DocumentTestSite site, ComponentServiceBatch batch)
    {
        await batch.PrepareAsync(Ct);
        await using (var transaction = await site.Store.BeginTransactionAsync(Ct))
        {
            await batch.WriteAsync(transaction, Ct);
            await transaction.IncrementRevisionAsync(Ct);
            await transaction.CommitAsync(Ct);
        }

        await batch.CompleteAsync();
    }
}
