using System.Collections.Immutable;

namespace ErpCode.Core.Documents;

/// <summary>One entry of a document's history: the n-th write, by whom, when, and which properties it changed.</summary>
public sealed record DocumentHistoryEntry(int Sequence, DocumentAction Action, string Author, DateTime At, long Version, ImmutableArray<DocumentChange> Changes);
