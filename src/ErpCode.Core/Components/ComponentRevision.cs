using System.Collections.Immutable;

namespace ErpCode.Core.Components;

/// <summary>One saved state of a component: who saved it, when, what source, how it stood, and its proxy roles and site action then.</summary>
public sealed record ComponentRevision(string Reference, int Sequence, string Author, DateTime SavedAt, string Source, ComponentValidationState ValidationState, int Version)
{
    /// <summary>The proxy roles the component had after this change; empty when it had none.</summary>
    public ImmutableArray<string> ProxyRoles { get; init; } = [];

    /// <summary>Its declaration as a site action after this change; null when it was none.</summary>
    public SiteAction? Action { get; init; }
}
