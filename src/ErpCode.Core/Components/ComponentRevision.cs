namespace ErpCode.Core.Components;

/// <summary>One saved source of a component: who saved it, when, what, and how it stood.</summary>
public sealed record ComponentRevision(string Reference, int Sequence, string Author, DateTime SavedAt, string Source, ComponentValidationState ValidationState, int Version);
