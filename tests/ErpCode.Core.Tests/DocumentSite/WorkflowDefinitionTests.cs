using ErpCode.Core.Tests.Workflows;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Storage;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Core.Tests.DocumentSite;

/// <summary>Workflows are definitions like the others: checked against the site, compiled, stored with history, live on the next call.</summary>
public sealed class WorkflowDefinitionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Workflow Order = WorkflowCheckerTests.Order with
    {
        Transitions = [.. WorkflowCheckerTests.Order.Transitions.Select(t => t with { BeforeScript = null })],
        Variables = [],
    };

    [Fact]
    public async Task A_caller_who_may_not_manage_workflows_may_not_read_a_workflows_history()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Definitions.SaveAsync(Order, site.Caller, Ct);

        var refused = await Assert.ThrowsAsync<ErpCode.Core.Security.Permissions.PermissionDeniedException>(
            () => site.Definitions.HistoryAsync(DefinitionKind.Workflow, "OrderWorkflow", new ErpCode.Core.Security.Caller("sam", ["Sales"]), Ct));

        Assert.Contains("ManageWorkflows", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workflow_is_saved_with_history_and_a_type_can_chain_it()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);

        await site.Definitions.SaveAsync(Order, site.Caller, Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.SaleOrder with { Workflows = ["OrderWorkflow"] }, site.Caller, Ct);

        var stored = Assert.Single((await site.DefinitionStore.LoadAsync(Ct)).Workflows);
        Assert.Equal(DefinitionCodec.ToJson(Order), DefinitionCodec.ToJson(stored));
        Assert.Single(await site.Definitions.HistoryAsync(DefinitionKind.Workflow, "OrderWorkflow", site.Caller, Ct));
        using var lease = site.Runtime.Lease();
        Assert.Equal(["OrderWorkflow"], lease.Types.Find("SaleOrder")!.Definition.Workflows);
    }

    [Fact]
    public async Task A_guard_that_does_not_compile_or_is_not_a_bool_is_refused_naming_the_transition()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        var broken = Order with
        {
            Transitions =
            [
                Order.Transitions[0] with { Guard = new TransitionGuard { Expression = "Document.GetDecimal(\"Total\") >" } },
                Order.Transitions[1] with { Guard = new TransitionGuard { Expression = "Document.GetString(\"Code\")" } },
                Order.Transitions[2],
            ],
        };

        var error = await Assert.ThrowsAsync<InvalidDefinitionException>(() => site.Definitions.SaveAsync(broken, site.Caller, Ct));

        Assert.Contains(error.Problems, p => p.Definition == "Workflow OrderWorkflow" && p.Field == "transition Confirm, guard");
        Assert.Contains(error.Problems, p => p.Field == "transition Deliver, guard" && p.Message.Contains("must be a bool", StringComparison.Ordinal));
        Assert.Empty((await site.DefinitionStore.LoadAsync(Ct)).Workflows);
    }

    [Fact]
    public async Task A_workflow_still_chained_by_a_type_cannot_be_deleted()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Definitions.SaveAsync(Order, site.Caller, Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.SaleOrder with { Workflows = ["OrderWorkflow"] }, site.Caller, Ct);

        var error = await Assert.ThrowsAsync<InvalidDefinitionException>(() => site.Definitions.DeleteAsync(DefinitionKind.Workflow, "OrderWorkflow", site.Caller, Ct));

        Assert.Contains("there is no workflow 'OrderWorkflow'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_document_enters_each_workflow_of_its_chain_in_the_initial_state_which_callers_cannot_set()
    {
        await using var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        await site.Definitions.SaveAsync(Order, site.Caller, Ct);
        await site.Definitions.SaveAsync(
            new Workflow
            {
                Name = "BillingWorkflow",
                StateVariable = "BillingState",
                InitialState = "open",
                States = [new WorkflowState { Id = "open", Transitions = ["Bill"] }, new WorkflowState { Id = "billed" }],
                Transitions = [new WorkflowTransition { Id = "Bill", To = "billed" }],
            },
            site.Caller,
            Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.SaleOrder with { Workflows = ["OrderWorkflow", "BillingWorkflow"] }, site.Caller, Ct);
        var ann = await site.Documents.CreateAsync("Person", PropertyTypeTests.Doc(("Name", "Ann")), site.Caller, Ct);

        var order = await site.Documents.CreateAsync("SaleOrder", PropertyTypeTests.Json($$"""{ "Customer": "{{ann.Id}}" }"""), site.Caller, Ct);
        Assert.Equal("draft", order["OrderState"]!.ToString());
        Assert.Equal("open", order["BillingState"]!.ToString());

        var error = await Assert.ThrowsAsync<ErpCode.Core.Documents.DocumentValidationException>(() => site.Documents.UpdateAsync(
            "SaleOrder", order.Id, order.Version, PropertyTypeTests.Json("""{ "OrderState": "delivered" }"""), site.Caller, Ct));
        Assert.Contains(error.Errors, e => e.Path == "OrderState" && e.Message == "OrderState is the state of Order; it changes only by its transitions");

        var unchanged = await site.Documents.UpdateAsync("SaleOrder", order.Id, order.Version, PropertyTypeTests.Json("""{ "OrderState": "draft", "Notes": "ok" }"""), site.Caller, Ct);
        Assert.Equal("draft", unchanged["OrderState"]!.ToString());
    }
}
