using System.Collections.Immutable;

namespace ErpCode.Core.Workflows.Definitions;

/// <summary>
/// A document life cycle, stored as a document and changed while the site runs (after ERP5's DCWorkflow): states,
/// the transitions between them, the variables recorded with each transition and the worklists. A portal type
/// lists the workflows of its chain; each keeps the document's state in its own state variable. A workflow without
/// states holds only interactions (scripts around saves and business methods) and keeps no state.
/// </summary>
public sealed record Workflow
{
    /// <summary>An identifier, such as <c>OrderWorkflow</c>.</summary>
    public required string Name { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The document property holding the state, such as <c>OrderState</c> (read-only, exposed by the API); empty for a workflow of interactions only.</summary>
    public string StateVariable { get; init; } = string.Empty;

    /// <summary>The state of a new document; empty for a workflow of interactions only.</summary>
    public string InitialState { get; init; } = string.Empty;

    public ImmutableArray<WorkflowState> States { get; init; } = [];

    public ImmutableArray<WorkflowTransition> Transitions { get; init; } = [];

    /// <summary>Custom variables recorded with each transition, next to the built-in actor, time and comment.</summary>
    public ImmutableArray<WorkflowVariable> Variables { get; init; } = [];

    public ImmutableArray<Worklist> Worklists { get; init; } = [];

    /// <summary>Scripts run around saves and business methods of the documents of the chain.</summary>
    public ImmutableArray<WorkflowInteraction> Interactions { get; init; } = [];

    /// <summary>True when the workflow keeps a state (false for a workflow of interactions only).</summary>
    public bool HasStates => !States.IsDefaultOrEmpty;

    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Name : Title;
}
