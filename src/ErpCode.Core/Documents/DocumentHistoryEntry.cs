using System.Collections.Immutable;

namespace ErpCode.Core.Documents;

/// <summary>One entry of a document's history: the n-th write, by whom, when, and which properties it changed.</summary>
public sealed record DocumentHistoryEntry(int Sequence, DocumentAction Action, string Author, DateTime At, long Version, ImmutableArray<DocumentChange> Changes)
{
    /// <summary>For a <see cref="DocumentAction.Transition"/>: which, from and to which state, the comment and the workflow's variables.</summary>
    public TransitionRecord? Transition { get; init; }
}

/// <summary>What a history entry records of a fired transition.</summary>
public sealed record TransitionRecord(string Workflow, string Transition, string From, string To, string? Comment, ErpCode.Core.Storage.Values.DocumentValue Variables);
