namespace ErpCode.Core.Types.Storage;

/// <summary>One entry of a definition's history: the n-th save (or deletion, with no definition) by whom and when.</summary>
public sealed record DefinitionRevision(DefinitionKind Kind, string Name, int Sequence, string Author, DateTime At, string? Json);
