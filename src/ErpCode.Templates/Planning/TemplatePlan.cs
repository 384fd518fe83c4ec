using System.Collections.Immutable;
using ErpCode.Templates.Manifest;

namespace ErpCode.Templates.Planning;

/// <summary>What an operation does to one template: from which version to which, each item's change, and the documents of removed types.</summary>
public sealed record TemplatePlan(
    string Name,
    TemplateOperation Operation,
    SemanticVersion? From,
    SemanticVersion? To,
    ImmutableArray<PlannedChange> Changes,
    ImmutableArray<DocumentImpact> Documents)
{
    public IEnumerable<PlannedChange> Adds => Changes.Where(c => c.Kind == ChangeKind.Add);

    public IEnumerable<PlannedChange> Changed => Changes.Where(c => c.Kind == ChangeKind.Change);

    public IEnumerable<PlannedChange> Removals => Changes.Where(c => c.Kind == ChangeKind.Remove);

    public IEnumerable<PlannedChange> Conflicts => Changes.Where(c => c.Kind == ChangeKind.Conflict);

    public override string ToString() =>
        $"{Operation} {Name} {From?.ToString() ?? "-"} -> {To?.ToString() ?? "-"}: {Adds.Count()} to add, {Changed.Count()} to change, {Removals.Count()} to remove, {Conflicts.Count()} conflict(s)";
}
