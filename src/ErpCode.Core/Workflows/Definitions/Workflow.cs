using System.Collections.Immutable;

namespace ErpCode.Core.Workflows.Definitions;

/// <summary>
/// A document life cycle, stored as a document and changed while the site runs (after ERP5's DCWorkflow): states,
/// the transitions between them, the variables recorded with each transition and the worklists. A portal type
/// lists the workflows of its chain; each keeps the document's state in its own state variable.
/// </summary>
public sealed record Workflow
{
    /// <summary>An identifier, such as <c>OrderWorkflow</c>.</summary>
    public required string Name { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The document property holding the state, such as <c>OrderState</c> (read-only, exposed by the API).</summary>
    public required string StateVariable { get; init; }

    /// <summary>The state of a new document.</summary>
    public required string InitialState { get; init; }

    public ImmutableArray<WorkflowState> States { get; init; } = [];

    public ImmutableArray<WorkflowTransition> Transitions { get; init; } = [];

    /// <summary>Custom variables recorded with each transition, next to the built-in actor, time and comment.</summary>
    public ImmutableArray<WorkflowVariable> Variables { get; init; } = [];

    public ImmutableArray<Worklist> Worklists { get; init; } = [];

    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Name : Title;
}
