namespace ErpCode.Scripting.Budgets;

/// <summary>How one body is guarded, and the name of its <c>BudgetThread</c> local when it has one.</summary>
internal sealed record BodyPlan(BodyGuard Guard, string? Local)
{
    public bool HasLocal => Local is not null;
}
