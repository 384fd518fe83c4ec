using ErpCode.Core.Components;
using ErpCode.Scripting.Runtime;

namespace ErpCode.Scripting.Budgets;

/// <summary>
/// The <c>Scripting:Budgets</c> section of appsettings.json: time, allocation and call-depth budgets for each kind of
/// stored code. A key left out keeps its default; <c>Unlimited</c> lifts a limit.
/// </summary>
public sealed class ScriptBudgetOptions
{
    public const string SectionName = "Scripting:Budgets";

    private const long MiB = 1024 * 1024;

    /// <summary>Document classes. Defaults: 5 s, 256 MiB, 256 calls.</summary>
    public ComponentBudgetOptions Document { get; set; } = new("00:00:05", 256 * MiB, 256);

    /// <summary>Modules, when run on their own; called from other code they share their caller's budget. Defaults: 5 s, 256 MiB, 256 calls.</summary>
    public ComponentBudgetOptions Module { get; set; } = new("00:00:05", 256 * MiB, 256);

    /// <summary>Scripts. Defaults: 5 s, 256 MiB, 256 calls.</summary>
    public ComponentBudgetOptions Script { get; set; } = new("00:00:05", 256 * MiB, 256);

    /// <summary>Expressions (guards, defaults, computed values), which run often and must be quick. Defaults: 250 ms, 16 MiB, 64 calls.</summary>
    public ComponentBudgetOptions Expression { get; set; } = new("00:00:00.250", 16 * MiB, 64);

    /// <summary>Tests. Defaults: 30 s, 1 GiB, 256 calls.</summary>
    public ComponentBudgetOptions Test { get; set; } = new("00:00:30", 1024 * MiB, 256);

    /// <summary>The entry for <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public ComponentBudgetOptions For(ComponentKind kind) => kind switch
    {
        ComponentKind.Document => Document,
        ComponentKind.Module => Module,
        ComponentKind.Script => Script,
        ComponentKind.Expression => Expression,
        ComponentKind.Test => Test,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown component kind."),
    };

    /// <summary>The limits one run of <paramref name="kind"/> gets; throws <see cref="InvalidOperationException"/> naming the key if the entry is invalid.</summary>
    internal ScriptLimits LimitsFor(ComponentKind kind)
    {
        var errors = new List<string>();
        return BudgetSettings.TryCreateLimits(For(kind), $"{SectionName}:{kind}", errors)
            ?? throw new InvalidOperationException(string.Join(" ", errors));
    }
}
