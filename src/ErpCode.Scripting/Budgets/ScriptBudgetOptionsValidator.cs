using ErpCode.Core.Components;
using Microsoft.Extensions.Options;

namespace ErpCode.Scripting.Budgets;

/// <summary>Stops the host at start when a <c>Scripting:Budgets</c> value is not a number in range or <c>Unlimited</c>; every bad key is reported.</summary>
internal sealed class ScriptBudgetOptionsValidator : IValidateOptions<ScriptBudgetOptions>
{
    public ValidateOptionsResult Validate(string? name, ScriptBudgetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var kind in Enum.GetValues<ComponentKind>())
        {
            BudgetSettings.TryCreateLimits(options.For(kind), $"{ScriptBudgetOptions.SectionName}:{kind}", errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
