using System.Collections.Immutable;

namespace ErpCode.Core.Workflows.Definitions;

/// <summary>What an interaction reacts to.</summary>
public enum InteractionTrigger
{
    /// <summary>Every save of a document of the chain (creation and change), before and after the write.</summary>
    Save,

    /// <summary>A call of one of the named business methods of the document's class.</summary>
    Method,
}

/// <summary>
/// An interaction (after ERP5's interaction workflows): Script components run before and after a save or a business
/// method of the documents whose chain lists the workflow. The before script may change the document and may refuse
/// (its message is what the user reads, and nothing is written); the after script runs in the same transaction as the
/// write, so what it writes commits or rolls back with it.
/// </summary>
public sealed record WorkflowInteraction
{
    /// <summary>An identifier, such as <c>StampApproval</c>.</summary>
    public required string Id { get; init; }

    public string? Title { get; init; }

    public InteractionTrigger On { get; init; } = InteractionTrigger.Save;

    /// <summary>For <see cref="InteractionTrigger.Method"/>: the business methods it reacts to, such as <c>Recalculate</c>.</summary>
    public ImmutableArray<string> Methods { get; init; } = [];

    public string? BeforeScript { get; init; }

    public string? AfterScript { get; init; }

    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Id : Title;

    /// <summary>True when the interaction reacts to <paramref name="method"/> (null: a save).</summary>
    public bool ReactsTo(string? method) =>
        method is null ? On == InteractionTrigger.Save : On == InteractionTrigger.Method && Methods.Contains(method, StringComparer.Ordinal);
}
