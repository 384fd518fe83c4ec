using System.Collections.Immutable;
using ErpCode.Core.Security.Permissions;

namespace ErpCode.Core.Workflows.Definitions;

/// <summary>
/// A state: its id, its title, the transitions that may leave it, and for each permission the roles that hold it
/// while a document is in this state (only in <c>draft</c> may an <c>Author</c> modify).
/// </summary>
public sealed record WorkflowState
{
    /// <summary>An identifier, such as <c>draft</c>; the value stored in the state variable.</summary>
    public required string Id { get; init; }

    public string? Title { get; init; }

    /// <summary>The ids of the transitions that may be fired from this state.</summary>
    public ImmutableArray<string> Transitions { get; init; } = [];

    public ImmutableArray<PermissionGrant> Permissions { get; init; } = [];

    public string DisplayTitle => string.IsNullOrWhiteSpace(Title) ? Id : Title;
}
