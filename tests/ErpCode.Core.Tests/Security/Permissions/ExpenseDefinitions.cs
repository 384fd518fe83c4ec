using ErpCode.Core.Security.Permissions;
using ErpCode.Core.Types.Definitions;
using ErpCode.Core.Workflows.Definitions;

namespace ErpCode.Core.Tests.Security.Permissions;

/// <summary>
/// The site of the permission matrix: expense claims drafted by their owner, submitted to an assignee who approves
/// them. Who may view, modify and delete depends on the state; only Authors and Managers may add.
/// </summary>
internal static class ExpenseDefinitions
{
    public static PropertySheet Sheet { get; } = new()
    {
        Name = "ExpenseSheet",
        Properties =
        [
            new PropertyDefinition { Name = "Amount", Type = PropertyType.Decimal, Required = true },
            new PropertyDefinition { Name = "Reason" },
        ],
    };

    public static Workflow Workflow { get; } = new()
    {
        Name = "ExpenseWorkflow",
        StateVariable = "ExpenseState",
        InitialState = "draft",
        States =
        [
            new WorkflowState
            {
                Id = "draft",
                Transitions = ["Submit"],
                Permissions =
                [
                    Grant(SitePermissions.View, "Owner", "Assignee", "Auditor", "Manager"),
                    Grant(SitePermissions.Modify, "Owner", "Manager"),
                    Grant(SitePermissions.Delete, "Owner", "Manager"),
                ],
            },
            new WorkflowState
            {
                Id = "submitted",
                Transitions = ["Approve"],
                Permissions =
                [
                    Grant(SitePermissions.View, "Owner", "Assignee", "Auditor", "Manager"),
                    Grant(SitePermissions.Modify, "Assignee", "Manager"),
                    Grant(SitePermissions.Delete, "Manager"),
                ],
            },
            new WorkflowState
            {
                Id = "approved",
                Permissions =
                [
                    Grant(SitePermissions.View, "Owner", "Assignee", "Auditor", "Manager", "Author"),
                    Grant(SitePermissions.Modify),
                    Grant(SitePermissions.Delete),
                ],
            },
        ],
        Transitions =
        [
            new WorkflowTransition { Id = "Submit", To = "submitted", Guard = new TransitionGuard { Permissions = [SitePermissions.Modify] } },
            new WorkflowTransition { Id = "Approve", To = "approved", Guard = new TransitionGuard { Roles = ["Assignee"] } },
        ],
    };

    public static PortalType Expense { get; } = new()
    {
        Name = "Expense",
        EntitySet = "Expenses",
        PropertySheets = ["ExpenseSheet"],
        Workflows = ["ExpenseWorkflow"],
        Permissions = [Grant(SitePermissions.Add, "Author", "Manager")],
    };

    private static PermissionGrant Grant(string permission, params string[] roles) => new() { Permission = permission, Roles = [.. roles] };
}
