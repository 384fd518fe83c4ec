namespace ErpCode.Scripting.Budgets;

/// <summary>What the checkpoint rewriter puts around one body, and what the loops inside it call.</summary>
internal enum BodyGuard
{
    /// <summary>Nothing at the entry (a leaf that code outside the component cannot call back); loops poll.</summary>
    None,

    /// <summary><c>Budget.Poll()</c> at the entry (a leaf that can be called back: a lambda, an override); loops poll.</summary>
    Poll,

    /// <summary><c>BudgetThread b = Budget.Enter(); try { … } finally { b.Exit(); }</c>; loops call <c>b.Check()</c>.</summary>
    Enter,

    /// <summary>An iterator, whose body runs piecemeal: <c>BudgetThread b = Budget.Enter(); b.Exit();</c> at the start; loops call <c>b.Check()</c>.</summary>
    Probe,
}
