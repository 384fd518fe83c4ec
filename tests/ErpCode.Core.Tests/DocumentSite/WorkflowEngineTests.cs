using System.Collections.Immutable;
using ErpCode.Core.Components;
using ErpCode.Core.Documents;
using ErpCode.Core.Security;
using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Storage.Errors;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Tests.Workflows;
using ErpCode.Core.Workflows;
using ErpCode.Core.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;
using static ErpCode.Core.Tests.DocumentSite.PropertyTypeTests;

namespace ErpCode.Core.Tests.DocumentSite;

/// <summary>Firing transitions: states, guards (roles, state permissions, expression), scripts, history, automatic transitions, conflicts.</summary>
public sealed class WorkflowEngineTests
{
    private static readonly Caller Author = new("alice", ImmutableArray.Create("Author"));
    private static readonly Caller Clerk = new("carol", ImmutableArray.Create("Assignor", "Auditor"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Firing_a_transition_changes_the_state_and_records_who_when_the_comment_and_the_variables()
    {
        await using var site = await OrderSite();
        var order = await NewOrderAsync(site, lines: 2);

        var confirmed = await site.Documents.FireAsync("SaleOrder", order.Id, order.Version, "Confirm", "checked by phone", Author, Ct);

        Assert.Equal("confirmed", confirmed["OrderState"]!.ToString());
        Assert.Equal(order.Version + 1, confirmed.Version);
        var entries = await site.Documents.HistoryAsync("SaleOrder", order.Id, site.Caller, Ct);
        var entry = entries[^1];
        Assert.Equal(DocumentAction.Transition, entry.Action);
        Assert.Equal("alice", entry.Author);
        Assert.Equal(new TransitionRecord("OrderWorkflow", "Confirm", "draft", "confirmed", "checked by phone", entry.Transition!.Variables), entry.Transition);
        Assert.Equal(3m, ((DecimalValue)entry.Transition.Variables["TotalAtChange"]).Value);
        Assert.Contains(entry.Changes, c => c.Path == "OrderState" && c.Old!.ToString() == "draft" && c.New!.ToString() == "confirmed");
    }

    [Fact]
    public async Task A_transition_the_current_state_does_not_offer_or_that_does_not_exist_is_not_available()
    {
        await using var site = await OrderSite();
        var order = await NewOrderAsync(site, lines: 1);
        var confirmed = await site.Documents.FireAsync("SaleOrder", order.Id, order.Version, "Confirm", null, Author, Ct);

        var again = await Assert.ThrowsAsync<TransitionNotAvailableException>(() => site.Documents.FireAsync("SaleOrder", order.Id, confirmed.Version, "Confirm", null, Author, Ct));
        Assert.Equal("the state 'confirmed' of Order does not offer it", again.Reason);
        var unknown = await Assert.ThrowsAsync<TransitionNotAvailableException>(() => site.Documents.FireAsync("SaleOrder", order.Id, confirmed.Version, "Explode", null, Author, Ct));
        Assert.Contains("no workflow of SaleOrder", unknown.Reason, StringComparison.Ordinal);
        var automatic = await Assert.ThrowsAsync<TransitionNotAvailableException>(() => site.Documents.FireAsync("SaleOrder", order.Id, confirmed.Version, "Deliver", null, Author, Ct));
        Assert.Contains("automatic", automatic.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_part_of_the_guard_refuses_and_leaves_the_document_as_it_was()
    {
        await using var site = await OrderSite();
        var empty = await NewOrderAsync(site, lines: 0);
        var order = await NewOrderAsync(site, lines: 1);

        var role = await Assert.ThrowsAsync<TransitionRefusedException>(() => site.Documents.FireAsync("SaleOrder", order.Id, order.Version, "Confirm", null, Clerk, Ct));
        Assert.Equal("it needs one of the roles Author", role.Reason);
        var expression = await Assert.ThrowsAsync<TransitionRefusedException>(() => site.Documents.FireAsync("SaleOrder", empty.Id, empty.Version, "Confirm", null, Author, Ct));
        Assert.Equal("its condition does not hold for this document", expression.Reason);

        // Cancel needs Modify: in draft the state gives it to Author; in confirmed to Manager only.
        var confirmed = await site.Documents.FireAsync("SaleOrder", order.Id, order.Version, "Confirm", null, Author, Ct);
        var permission = await Assert.ThrowsAsync<TransitionRefusedException>(() => site.Documents.FireAsync("SaleOrder", order.Id, confirmed.Version, "Cancel", null, Author, Ct));
        Assert.Equal("it needs the permission Modify, held in state 'confirmed' by Manager", permission.Reason);
        Assert.Equal(confirmed.Version, (await site.Documents.GetAsync("SaleOrder", order.Id, site.Caller, Ct)).Version);
        var cancelledDraft = await site.Documents.FireAsync("SaleOrder", empty.Id, empty.Version, "Cancel", null, Author, Ct);
        Assert.Equal("cancelled", cancelledDraft["OrderState"]!.ToString());
        Assert.Equal(["Cancel"], (await site.Documents.AvailableTransitionsAsync("SaleOrder", order.Id, site.Caller, Ct)).Select(t => t.Id));
    }

    [Fact]
    public async Task A_before_script_refuses_with_its_own_message_and_nothing_changes()
    {
        await using var site = await OrderSite(beforeConfirm: "if (Document.GetList(\"Lines\").Count > 2) { throw new System.InvalidOperationException(\"Not enough stock for \" + Document.GetList(\"Lines\").Count + \" lines\"); }");
        var order = await NewOrderAsync(site, lines: 3);

        var refused = await Assert.ThrowsAsync<TransitionRefusedException>(() => site.Documents.FireAsync("SaleOrder", order.Id, order.Version, "Confirm", null, Author, Ct));

        Assert.Equal("Not enough stock for 3 lines", refused.Reason);
        var unchanged = await site.Documents.GetAsync("SaleOrder", order.Id, site.Caller, Ct);
        Assert.Equal(order.Version, unchanged.Version);
        Assert.Equal("draft", unchanged["OrderState"]!.ToString());
    }

    [Fact]
    public async Task The_after_script_runs_in_the_transition_transaction_and_its_failure_rolls_the_transition_back()
    {
        await using var site = await OrderSite(afterConfirm: "Portal.Create(\"Person\", \"\", null, new System.Collections.Generic.Dictionary<string, object?> { [\"Name\"] = \"Shipper for \" + Document.Id });");
        var order = await NewOrderAsync(site, lines: 1);

        await site.Documents.FireAsync("SaleOrder", order.Id, order.Version, "Confirm", null, Author, Ct);
        Assert.Equal(2, await site.Documents.CountAsync("Person", null, site.Caller, Ct));

        await using var failing = await OrderSite(afterConfirm: "Portal.Create(\"Person\", \"\", null, new System.Collections.Generic.Dictionary<string, object?>());");
        var second = await NewOrderAsync(failing, lines: 1);
        await Assert.ThrowsAnyAsync<ErpCode.Core.Errors.ErpCodeException>(() => failing.Documents.FireAsync("SaleOrder", second.Id, second.Version, "Confirm", null, Author, Ct));
        Assert.Equal("draft", (await failing.Documents.GetAsync("SaleOrder", second.Id, failing.Caller, Ct))["OrderState"]!.ToString());
        Assert.Equal(1, await failing.Documents.CountAsync("Person", null, failing.Caller, Ct));
    }

    [Fact]
    public async Task An_automatic_transition_fires_when_its_guard_becomes_true()
    {
        await using var site = await OrderSite();
        var order = await NewOrderAsync(site, lines: 1);
        var confirmed = await site.Documents.FireAsync("SaleOrder", order.Id, order.Version, "Confirm", null, Author, Ct);

        var updated = await site.Documents.UpdateAsync("SaleOrder", order.Id, confirmed.Version, Json("""{ "DeliveryDate": "2099-01-01" }"""), site.Caller, Ct);

        Assert.Equal("delivered", updated["OrderState"]!.ToString());
        var history = await site.Documents.HistoryAsync("SaleOrder", order.Id, site.Caller, Ct);
        Assert.Equal("Deliver", history[^1].Transition!.Transition);
    }

    [Fact]
    public async Task Two_conflicting_transitions_at_once_exactly_one_succeeds_and_nothing_is_half_applied()
    {
        await using var site = await OrderSite();
        var order = await NewOrderAsync(site, lines: 1);
        var manager = site.Caller with { Roles = ["Manager", "Author"] };

        var results = await Task.WhenAll(
            Attempt(() => site.Documents.FireAsync("SaleOrder", order.Id, order.Version, "Confirm", null, manager, Ct)),
            Attempt(() => site.Documents.FireAsync("SaleOrder", order.Id, order.Version, "Cancel", null, manager, Ct)));

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r is ConcurrencyException);
        var history = await site.Documents.HistoryAsync("SaleOrder", order.Id, site.Caller, Ct);
        Assert.Single(history, h => h.Action == DocumentAction.Transition);
        var state = (await site.Documents.GetAsync("SaleOrder", order.Id, site.Caller, Ct))["OrderState"]!.ToString();
        Assert.Equal(history.Single(h => h.Action == DocumentAction.Transition).Transition!.To, state);
    }

    [Fact]
    public async Task A_worklist_shows_the_documents_in_its_states_to_its_roles_only()
    {
        await using var site = await OrderSite();
        var first = await NewOrderAsync(site, lines: 1);
        var second = await NewOrderAsync(site, lines: 1);
        var third = await NewOrderAsync(site, lines: 1);
        await site.Documents.FireAsync("SaleOrder", second.Id, second.Version, "Confirm", null, Author, Ct);

        var toConfirm = await site.Documents.WorklistAsync("SaleOrder", "OrderWorkflow", "toConfirm", Clerk, cancellationToken: Ct);
        Assert.Equal(new[] { first.Id, third.Id }.Order(), toConfirm.Documents.Select(d => d.Id).Order());
        Assert.Empty((await site.Documents.WorklistAsync("SaleOrder", "OrderWorkflow", "toConfirm", Author, cancellationToken: Ct)).Documents);
        await Assert.ThrowsAsync<UnknownWorklistException>(() => site.Documents.WorklistAsync("SaleOrder", "OrderWorkflow", "toShip", Clerk, cancellationToken: Ct));
    }

    [Fact]
    public async Task An_edited_workflow_applies_on_the_next_call_and_a_document_in_a_removed_state_is_reported_not_corrupted()
    {
        await using var site = await OrderSite();
        var order = await NewOrderAsync(site, lines: 1);
        var confirmed = await site.Documents.FireAsync("SaleOrder", order.Id, order.Version, "Confirm", null, Author, Ct);

        // The new version has no 'confirmed' state: orders go from draft straight to delivered.
        var workflow = WorkflowCheckerTests.Order;
        var edited = workflow with
        {
            States = [workflow.States[0] with { Transitions = ["Confirm", "Cancel"] }, workflow.States[2], workflow.States[3]],
            Transitions = [workflow.Transitions[0] with { To = "delivered", BeforeScript = null }, workflow.Transitions[2]],
        };
        await site.Definitions.SaveAsync(edited, site.Caller, Ct);

        var stuck = await Assert.ThrowsAsync<TransitionNotAvailableException>(() => site.Documents.FireAsync("SaleOrder", order.Id, confirmed.Version, "Cancel", null, site.Caller, Ct));
        Assert.Equal("the document is in state 'confirmed', which OrderWorkflow no longer has", stuck.Reason);
        Assert.Equal("confirmed", (await site.Documents.GetAsync("SaleOrder", order.Id, site.Caller, Ct))["OrderState"]!.ToString());
        var stranded = Assert.Single(await site.Documents.StrandedStatesAsync("OrderWorkflow", site.Caller, Ct));
        Assert.Equal(("SaleOrder", "OrderState", "confirmed", 1L, order.Id), (stranded.PortalType, stranded.StateVariable, stranded.State, stranded.Count, Assert.Single(stranded.FirstIds)));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => site.Documents.StrandedStatesAsync("OrderWorkflow", Author, Ct));
        var fresh = await NewOrderAsync(site, lines: 1);
        Assert.Equal("delivered", (await site.Documents.FireAsync("SaleOrder", fresh.Id, fresh.Version, "Confirm", null, Author, Ct))["OrderState"]!.ToString());
    }

    [Fact]
    public async Task A_method_triggered_transition_fires_from_a_business_method_and_not_from_users()
    {
        await using var site = await OrderSite();
        var workflow = WorkflowCheckerTests.Order;
        await site.Definitions.SaveAsync(
            workflow with
            {
                States = [workflow.States[0], workflow.States[1] with { Transitions = [.. workflow.States[1].Transitions, "Ship"] }, .. workflow.States.Skip(2)],
                Transitions = [workflow.Transitions[0] with { BeforeScript = null }, .. workflow.Transitions.Skip(1), new WorkflowTransition { Id = "Ship", To = "delivered", Trigger = TransitionTrigger.Method }],
            },
            site.Caller,
            Ct);
        await site.Components.SaveAsync(
            "SaleOrderClass",
            ComponentKind.Document,
            "using ErpCode.Scripting;\npublic sealed class SaleOrderClass : DocumentClass\n{\n    [Exposed]\n    public string Ship() => Context.Portal.Fire(\"SaleOrder\", Document.Id, \"Ship\", \"shipped by the carrier\").GetString(\"OrderState\")!;\n}\n",
            site.Caller,
            Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.SaleOrder with { Workflows = ["OrderWorkflow"], BusinessClass = "SaleOrderClass" }, site.Caller, Ct);
        var order = await NewOrderAsync(site, lines: 1);
        var confirmed = await site.Documents.FireAsync("SaleOrder", order.Id, order.Version, "Confirm", null, Author, Ct);

        var byUser = await Assert.ThrowsAsync<TransitionNotAvailableException>(() => site.Documents.FireAsync("SaleOrder", order.Id, confirmed.Version, "Ship", null, site.Caller, Ct));
        Assert.Contains("business method", byUser.Reason, StringComparison.Ordinal);

        var invoker = site.Services.GetRequiredService<ErpCode.Scripting.Invocation.ComponentInvoker>();
        var contexts = site.Services.GetRequiredService<ErpCode.Scripting.Globals.ScriptContextFactory>();
        using var lease = site.Services.GetRequiredService<ErpCode.Scripting.Snapshots.ComponentRuntime>().Lease();
        var state = invoker.CallMethod(
            lease,
            "SaleOrderClass",
            "Ship",
            ErpCode.Scripting.Globals.ScriptContextFactory.Document(confirmed.Id, "SaleOrder", confirmed.Properties),
            contexts.Create(new ErpCode.Scripting.Globals.ScriptUser("alice", ["Author"]), "SaleOrderClass", null, Ct),
            [],
            Ct);

        Assert.Equal("delivered", state);
        var history = await site.Documents.HistoryAsync("SaleOrder", order.Id, site.Caller, Ct);
        Assert.Equal(("Ship", "shipped by the carrier", "alice"), (history[^1].Transition!.Transition, history[^1].Transition!.Comment, history[^1].Author));
    }

    private static async Task<Exception?> Attempt(Func<Task> fire)
    {
        try
        {
            await Task.Run(fire);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static async Task<DocumentTestSite> OrderSite(string? beforeConfirm = null, string? afterConfirm = null)
    {
        var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        var workflow = WorkflowCheckerTests.Order;
        var confirm = workflow.Transitions[0] with { BeforeScript = null, AfterScript = null };
        if (beforeConfirm is not null)
        {
            await site.Components.SaveAsync("CheckStock", ComponentKind.Script, beforeConfirm, site.Caller, Ct);
            confirm = confirm with { BeforeScript = "CheckStock" };
        }

        if (afterConfirm is not null)
        {
            await site.Components.SaveAsync("AfterConfirm", ComponentKind.Script, afterConfirm, site.Caller, Ct);
            confirm = confirm with { AfterScript = "AfterConfirm" };
        }

        await site.Definitions.SaveAsync(workflow with { Transitions = [confirm, .. workflow.Transitions.Skip(1)] }, site.Caller, Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.SaleOrder with { Workflows = ["OrderWorkflow"] }, site.Caller, Ct);
        return site;
    }

    private static async Task<BusinessDocument> NewOrderAsync(DocumentTestSite site, int lines)
    {
        var ann = await site.Documents.FindAsync("Person", "ann", site.Caller, Ct)
            ?? await site.Documents.CreateAsync("Person", Doc(("Id", "ann"), ("Name", "Ann")), site.Caller, Ct);
        var items = string.Join(", ", Enumerable.Range(1, lines).Select(i => $$"""{ "Product": "P{{i}}", "Price": 1.5 }"""));
        return await site.Documents.CreateAsync("SaleOrder", Json($$"""{ "Customer": "{{ann.Id}}", "Lines": [{{items}}] }"""), site.Caller, Ct);
    }
}
