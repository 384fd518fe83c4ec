namespace ErpCode.Core.Workflows.Definitions;

/// <summary>How a transition is fired.</summary>
public enum TransitionTrigger
{
    /// <summary>By a user (an OData action, a button in the portal).</summary>
    User,

    /// <summary>By ErpCode, as soon as its guard holds after a change of the document.</summary>
    Automatic,

    /// <summary>By a business method of the document's class that names it.</summary>
    Method,
}

/// <summary>
/// A transition: its id (also the name of the OData action that fires it), the state it leads to, its trigger, its
/// guard, and Script components run before it (which may refuse with a message) and after it.
/// </summary>
public sealed record WorkflowTransition
{
    /// <summary>An identifier, such as <c>Confirm</c>.</summary>
    public required string Id { get; init; }

    public string? Title { get; init; }

    public TransitionTrigger Trigger { get; init; } = TransitionTrigger.User;

    /// <summary>The destination state; the document stays in its state when empty (a transition that only records).</summary>
    public string? To { get; init; }

    public TransitionGuard Guard { get; init; } = TransitionGuard.None;

    /// <summary>A Script component run before the change; it refuses by throwing, and the document stays as it was.</summary>
    public string? BeforeScript { get; init; }

    /// <summary>A Script component run after the change, in the same transaction.</summary>
    public string? AfterScript { get; init; }

    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Id : Title;
}
