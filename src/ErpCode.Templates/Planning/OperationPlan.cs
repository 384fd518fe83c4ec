using System.Collections.Immutable;
using System.Text;

namespace ErpCode.Templates.Planning;

/// <summary>
/// An operation planned before anything is touched: the templates it installs, upgrades or uninstalls, in the order
/// it applies them (dependencies first), each with its adds, changes, removals and conflicts.
/// </summary>
public sealed record OperationPlan(TemplateOperation Operation, ImmutableArray<TemplatePlan> Templates)
{
    public ImmutableArray<PlannedChange> Conflicts => [.. Templates.SelectMany(t => t.Conflicts)];

    public bool HasConflicts => Templates.Any(t => t.Conflicts.Any());

    /// <summary>The plan as text, one line per template and per item that is not unchanged.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var template in Templates)
        {
            text.Append(template).Append('\n');
            foreach (var change in template.Changes.Where(c => c.Kind != ChangeKind.Unchanged))
            {
                text.Append("  ").Append(change).Append('\n');
            }

            foreach (var impact in template.Documents)
            {
                text.Append("  ").Append(impact).Append('\n');
            }
        }

        return text.ToString();
    }
}
