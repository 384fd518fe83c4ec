using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Types;
using ErpCode.Core.Types.Checking;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Core.Tests.Workflows;

/// <summary>Invalid workflows are refused naming the workflow, the field and what is wrong; a sound one passes.</summary>
public sealed class WorkflowCheckerTests
{
    internal static Workflow Order { get; } = new()
    {
        Name = "OrderWorkflow",
        Title = "Order",
        StateVariable = "OrderState",
        InitialState = "draft",
        States =
        [
            new WorkflowState
            {
                Id = "draft",
                Transitions = ["Confirm", "Cancel"],
                Permissions = [new PermissionGrant { Permission = "Modify", Roles = ["Author", "Manager"] }],
            },
            new WorkflowState
            {
                Id = "confirmed",
                Transitions = ["Deliver", "Cancel"],
                Permissions = [new PermissionGrant { Permission = "Modify", Roles = ["Manager"] }],
            },
            new WorkflowState { Id = "delivered" },
            new WorkflowState { Id = "cancelled" },
        ],
        Transitions =
        [
            new WorkflowTransition { Id = "Confirm", To = "confirmed", Guard = new TransitionGuard { Roles = ["Author"], Expression = "Document.GetDecimal(\"Total\") > 0m" }, BeforeScript = "CheckStock" },
            new WorkflowTransition { Id = "Deliver", To = "delivered", Trigger = TransitionTrigger.Automatic, Guard = new TransitionGuard { Expression = "Document.Has(\"DeliveryDate\")" } },
            new WorkflowTransition { Id = "Cancel", To = "cancelled", Guard = new TransitionGuard { Permissions = ["Modify"] } },
        ],
        Variables = [new WorkflowVariable { Name = "TotalAtChange", Expression = "Document.GetDecimal(\"Total\")" }],
        Worklists = [new Worklist { Id = "toConfirm", Title = "Orders to confirm", States = ["draft"], Roles = ["Assignor"] }],
    };

    [Fact]
    public void A_sound_workflow_on_a_type_chain_has_no_problem()
    {
        Assert.Empty(DefinitionChecker.Check(Site(Order)));
    }

    [Fact]
    public void Undefined_states_and_transitions_are_named()
    {
        var broken = Order with
        {
            InitialState = "new",
            States = [Order.States[0] with { Transitions = ["Confirm", "Ship"] }, .. Order.States.Skip(1)],
            Transitions = [Order.Transitions[0] with { To = "approved" }, .. Order.Transitions.Skip(1)],
        };

        var problems = DefinitionChecker.Check(Site(broken));

        Assert.Contains(problems, p => p.Definition == "Workflow OrderWorkflow" && p.Field == "initialState" && p.Message == "there is no state 'new'");
        Assert.Contains(problems, p => p.Field == "states[0].transitions[1]" && p.Message == "there is no transition 'Ship'");
        Assert.Contains(problems, p => p.Field == "transitions[0].to" && p.Message == "there is no state 'approved'");
    }

    [Fact]
    public void An_unreachable_state_and_a_transition_no_state_offers_are_refused()
    {
        var broken = Order with
        {
            States = [.. Order.States, new WorkflowState { Id = "archived" }],
            Transitions = [.. Order.Transitions, new WorkflowTransition { Id = "Reopen", To = "draft" }],
        };

        var problems = DefinitionChecker.Check(Site(broken));

        Assert.Contains(problems, p => p.Field == "states[4]" && p.Message.Contains("'archived' cannot be reached", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "transitions[3]" && p.Message.Contains("can never fire", StringComparison.Ordinal));
    }

    [Fact]
    public void A_loop_of_unguarded_automatic_transitions_is_refused()
    {
        var looping = Order with
        {
            States = [Order.States[0] with { Transitions = ["Confirm", "Cancel", "Bounce"] }, Order.States[1] with { Transitions = ["Deliver", "Cancel", "Back"] }, .. Order.States.Skip(2)],
            Transitions =
            [
                .. Order.Transitions,
                new WorkflowTransition { Id = "Bounce", To = "confirmed", Trigger = TransitionTrigger.Automatic },
                new WorkflowTransition { Id = "Back", To = "draft", Trigger = TransitionTrigger.Automatic },
            ],
        };

        Assert.Contains(DefinitionChecker.Check(Site(looping)), p => p.Message.Contains("unguarded automatic transitions loop", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_ids_reserved_names_and_bad_worklists_are_refused()
    {
        var broken = Order with
        {
            StateVariable = "Owner",
            States = [.. Order.States, Order.States[3]],
            Variables = [new WorkflowVariable { Name = "Comment", Expression = "1" }],
            Worklists = [new Worklist { Id = "toConfirm", States = ["pending"] }],
        };

        var problems = DefinitionChecker.Check(Site(broken));

        Assert.Contains(problems, p => p.Field == "stateVariable" && p.Message.Contains("system property", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "states[4].id" && p.Message == "the state 'cancelled' is defined twice");
        Assert.Contains(problems, p => p.Field == "variables[0].name" && p.Message.Contains("recorded with every transition", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Field == "worklists[0].states[0]" && p.Message == "there is no state 'pending'");
    }

    [Fact]
    public void A_type_chain_naming_a_missing_workflow_or_sharing_a_state_variable_is_refused()
    {
        var second = Order with { Name = "BillingWorkflow" };
        var site = Site(Order) with { Workflows = [Order, second] };
        var type = site.PortalTypes[0] with { Workflows = ["OrderWorkflow", "BillingWorkflow", "Ghost"] };

        var problems = DefinitionChecker.Check(site.With(type));

        Assert.Contains(problems, p => p.Definition == "PortalType Order" && p.Field == "workflows[1]" && p.Message.Contains("each workflow of a chain needs its own state variable", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Definition == "PortalType Order" && p.Field == "workflows[2]" && p.Message == "there is no workflow 'Ghost'");
    }

    [Fact]
    public void The_guard_and_variable_expressions_are_part_of_the_site_expressions()
    {
        var sources = Site(Order).Expressions();

        Assert.Contains(sources, s => s.Key == "Workflow OrderWorkflow, transition Confirm, guard" && s.Role == ErpCode.Core.Types.Expressions.ExpressionRole.Guard);
        Assert.Contains(sources, s => s.Key == "Workflow OrderWorkflow, variable TotalAtChange" && s.Role == ErpCode.Core.Types.Expressions.ExpressionRole.Variable);
    }

    private static SiteDefinitions Site(Workflow workflow) => new SiteDefinitions(
        [new PortalType { Name = "Order", PropertySheets = ["OrderSheet"], Workflows = [workflow.Name] }],
        [new PropertySheet { Name = "OrderSheet", Properties = [new PropertyDefinition { Name = "Total", Type = PropertyType.Decimal }, new PropertyDefinition { Name = "DeliveryDate", Type = PropertyType.Date }] }],
        []) { Workflows = [workflow] };
}
