using ErpCode.Core.Components;
using ErpCode.Core.Documents;
using ErpCode.Core.Storage.Values;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Workflows;
using ErpCode.Core.Workflows.Definitions;
using static ErpCode.Core.Tests.DocumentSite.PropertyTypeTests;

namespace ErpCode.Core.Tests.DocumentSite;

/// <summary>
/// Interaction workflows: scripts around every save of the documents of a chain. The before script may change the
/// document or refuse; the after script runs in the write's transaction; a workflow of interactions keeps no state.
/// </summary>
public sealed class InteractionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Workflow Stamping(string? before, string? after) => new()
    {
        Name = "StampWorkflow",
        Interactions = [new WorkflowInteraction { Id = "Stamp", On = InteractionTrigger.Save, BeforeScript = before, AfterScript = after }],
    };

    [Fact]
    public async Task A_before_save_script_changes_every_save_and_keeps_no_state()
    {
        await using var site = await InteractionSite(
            before: "Document.Set(\"Email\", Document.GetString(\"Name\")!.ToLowerInvariant() + (Parameters[\"IsNew\"] is true ? \"@new.example\" : \"@changed.example\"));",
            after: null);

        var created = await site.Documents.CreateAsync("Person", Doc(("Name", "Ann")), site.Caller, Ct);
        var changed = await site.Documents.UpdateAsync("Person", created.Id, created.Version, Doc(("Name", "Bea")), site.Caller, Ct);

        Assert.Equal("ann@new.example", created["Email"]!.ToString());
        Assert.Equal("bea@changed.example", changed["Email"]!.ToString());
        Assert.DoesNotContain(changed.Properties.Names, n => n.Contains("State", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_before_save_script_refuses_with_its_own_message_and_nothing_is_written()
    {
        await using var site = await InteractionSite(
            before: "if (Document.GetString(\"Name\") == \"Mallory\") { throw new System.InvalidOperationException(\"Mallory is on the blocked list\"); }",
            after: null);

        var refused = await Assert.ThrowsAsync<InteractionRefusedException>(() => site.Documents.CreateAsync("Person", Doc(("Name", "Mallory")), site.Caller, Ct));

        Assert.Equal(("StampWorkflow", "Stamp", "Mallory is on the blocked list"), (refused.Workflow, refused.Interaction, refused.Reason));
        Assert.Equal(0, await site.Documents.CountAsync("Person", null, site.Caller, Ct));
    }

    [Fact]
    public async Task An_after_save_script_writes_in_the_same_transaction_and_its_failure_rolls_the_save_back()
    {
        await using var site = await InteractionSite(
            before: null,
            after: "if (Document.GetString(\"Name\") != \"Copy\") { Portal.Create(\"Person\", \"copy-\" + Document.Id, null, new System.Collections.Generic.Dictionary<string, object?> { [\"Name\"] = \"Copy\" }); }");

        var ann = await site.Documents.CreateAsync("Person", Doc(("Id", "ann"), ("Name", "Ann")), site.Caller, Ct);
        Assert.NotNull(await site.Documents.FindAsync("Person", "copy-ann", site.Caller, Ct));

        // Saving Ann again makes the script create copy-ann a second time: it fails, and Ann's change goes with it.
        await Assert.ThrowsAnyAsync<Exception>(() => site.Documents.UpdateAsync("Person", ann.Id, ann.Version, Doc(("Name", "Anne")), site.Caller, Ct));
        Assert.Equal("Ann", (await site.Documents.GetAsync("Person", "ann", site.Caller, Ct))["Name"]!.ToString());
    }

    [Fact]
    public async Task Code_running_inside_a_write_reads_what_the_write_has_done_so_far()
    {
        // The after script creates a person, finds it, and creates an order referring to it: all before the commit.
        await using var site = await InteractionSite(
            before: null,
            after: """
                if (Document.GetString("Name")!.StartsWith("Buyer", System.StringComparison.Ordinal)) { return; }
                var buyer = Portal.Create("Person", "buyer-" + Document.Id, null, new System.Collections.Generic.Dictionary<string, object?> { ["Name"] = "Buyer of " + Document.Id });
                if (Portal.Find("Person", buyer.Id) is null) { throw new System.InvalidOperationException("the new person is not visible"); }
                Portal.Create("SaleOrder", "", null, new System.Collections.Generic.Dictionary<string, object?> { ["Customer"] = buyer.Id });
                """);

        await site.Documents.CreateAsync("Person", Doc(("Id", "ann"), ("Name", "Ann")), site.Caller, Ct);

        var order = Assert.Single((await site.Documents.QueryAsync("SaleOrder", new(), site.Caller, Ct)).Documents);
        Assert.Equal("buyer-ann", order["Customer"]!.ToString());
    }

    [Fact]
    public async Task Interactions_that_cannot_run_are_refused_when_the_workflow_is_saved()
    {
        var broken = new Workflow
        {
            Name = "Broken",
            StateVariable = "BrokenState",
            Transitions = [new WorkflowTransition { Id = "Go", To = "x" }],
            Interactions =
            [
                new WorkflowInteraction { Id = "Nothing" },
                new WorkflowInteraction { Id = "OnMethods", On = InteractionTrigger.Method, AfterScript = "Log" },
                new WorkflowInteraction { Id = "Nothing", On = InteractionTrigger.Save, Methods = ["Recalculate"], BeforeScript = "not a name" },
            ],
        };

        var problems = DefinitionChecker.Check(new ErpCode.Core.Types.SiteDefinitions([], [], []) { Workflows = [broken] }).Select(p => $"{p.Field}: {p.Message}").ToList();

        Assert.Contains("interactions[0]: an interaction runs a before script, an after script or both", problems);
        Assert.Contains("interactions[1].methods: an interaction on methods names the business methods it reacts to", problems);
        Assert.Contains("interactions[2].id: the interaction 'Nothing' is defined twice", problems);
        Assert.Contains("interactions[2].methods: an interaction on saves reacts to every save; it names no method", problems);
        Assert.Contains(problems, p => p.StartsWith("interactions[2].beforeScript: ", StringComparison.Ordinal));
        Assert.Contains("stateVariable: a workflow without states keeps no state; leave it empty or add the states", problems);
        Assert.Contains("transitions: only a workflow with states has transitions", problems);
    }

    private static async Task<DocumentTestSite> InteractionSite(string? before, string? after)
    {
        var site = await DocumentTestSite.CreateAsync();
        await SalesDefinitions.InstallAsync(site);
        if (before is not null)
        {
            await site.Components.SaveAsync("BeforeStamp", ComponentKind.Script, before, site.Caller, Ct);
        }

        if (after is not null)
        {
            await site.Components.SaveAsync("AfterStamp", ComponentKind.Script, after, site.Caller, Ct);
        }

        await site.Definitions.SaveAsync(Stamping(before is null ? null : "BeforeStamp", after is null ? null : "AfterStamp"), site.Caller, Ct);
        await site.Definitions.SaveAsync(SalesDefinitions.Person with { Workflows = ["StampWorkflow"] }, site.Caller, Ct);
        return site;
    }
}
