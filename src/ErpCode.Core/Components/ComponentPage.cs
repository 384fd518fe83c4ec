namespace ErpCode.Core.Components;

/// <summary>One page of components by reference; <see cref="ContinuationToken"/> is set when more follow.</summary>
public sealed record ComponentPage(IReadOnlyList<Component> Components, string? ContinuationToken);
